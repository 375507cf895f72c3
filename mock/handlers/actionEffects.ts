/**
 * What the action endpoints change in what their resource's GET shows afterwards. The
 * generic layer finds the resource and lays the change over its answer; only the meaning
 * of each verb is written here. (`abort` needs none: it settles a waited-on status.)
 */
import type { ActionEffect } from "../generic/genericHandlers.js";
import { MockHttpError } from "../http/mockHttpError.js";
import { pick } from "./views.js";

export const actionEffects: Readonly<Record<string, ActionEffect>> = {
  pause: () => ({ servicePaused: true }),
  resume: ({ body, shown }) => {
    if (shown.servicePaused !== true) throw new MockHttpError(409, `Service "${String(shown.id)}" is not paused, so it cannot be resumed`, "service-not-paused");
    return { servicePaused: false, ...pick(body, ["disabledCI", "disabledCD"]), ...(body.instances === undefined ? {} : { deployment: { instances: body.instances } }) };
  },
  scale: ({ body }) => ({
    deployment: pick(body, ["instances", "storage", "gracePeriodSeconds"]),
    billing: pick(body, ["deploymentPlan"]),
  }),
};
