/**
 * What the action endpoints change in what their resource's GET shows afterwards. The
 * generic layer finds the resource and lays the change over its answer; only the meaning
 * of each verb is written here. (`abort` needs none: it settles a waited-on status.)
 */
import type { ActionEffect } from "../generic/genericHandlers.js";
import { pick } from "./views.js";

export const actionEffects: Readonly<Record<string, ActionEffect>> = {
  pause: () => ({ servicePaused: true }),
  resume: () => ({ servicePaused: false }),
  scale: ({ body }) => ({
    deployment: pick(body, ["instances", "storage", "gracePeriodSeconds"]),
    billing: pick(body, ["deploymentPlan"]),
  }),
};
