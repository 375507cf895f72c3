/**
 * What the action endpoints change in what their resource's GET shows afterwards. The
 * generic layer finds the resource and lays the change over its answer; only the meaning
 * of each verb is written here. (`abort` needs none: it settles a waited-on status.)
 */
import type { ActionEffect } from "../generic/genericHandlers.js";
import { MockHttpError } from "../http/mockHttpError.js";
import { pick } from "./views.js";

export const actionEffects: Readonly<Record<string, ActionEffect>> = {
  // `paused` is the mock's own mark, so any kind (service, job, addon) can be resumed; a
  // service also shows it in `servicePaused`.
  pause: ({ shown }) => ({ paused: true, ...("servicePaused" in shown ? { servicePaused: true } : {}) }),
  resume: ({ body, shown, overlay }) => {
    if (overlay.paused !== true) throw new MockHttpError(409, `"${String(shown.id)}" is not paused, so it cannot be resumed`, "not-paused");
    return {
      paused: false,
      ...("servicePaused" in shown ? { servicePaused: false } : {}),
      ...pick(body, ["disabledCI", "disabledCD"]),
      ...(body.instances === undefined ? {} : { deployment: { instances: body.instances } }),
    };
  },
  scale: ({ body }) => ({
    deployment: pick(body, ["instances", "storage", "gracePeriodSeconds"]),
    billing: pick(body, ["deploymentPlan"]),
  }),
};
