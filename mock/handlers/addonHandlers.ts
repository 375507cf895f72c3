/**
 * listAddonTypes, createAddon, getAddon, backupAddon, listAddonBackups, getAddonBackup,
 * restoreAddonBackup. An addon deploys (preDeployment, allocating) and then runs; a backup
 * stays scheduled until its addon runs (as the guide says), then is in progress, then
 * completed; only a completed backup can be restored.
 */
import { badRequest, conflict, MockHttpError, notFound } from "../http/mockHttpError.js";
import { deriveId } from "../state/ids.js";
import { appId, findAddon, findProject } from "../state/mockStore.js";
import { paginate } from "../state/paginate.js";
import { phaseAt } from "../state/progression.js";
import type { AddonRecord, BackupRecord, Json } from "../state/records.js";
import { ADDON_CATALOGUE, addonTypeView, findAddonType } from "./addonCatalogue.js";
import { pathParam, type HandlerContext, type OperationHandler } from "./handlerContext.js";
import { iso, pick, projectCluster, projectRegion } from "./views.js";

const ADDON_STATUSES = ["preDeployment", "allocating", "running"] as const;
const BACKUP_STATUSES = ["in-progress", "completed"] as const;

function listAddonTypes(): unknown {
  return { data: { addonTypes: ADDON_CATALOGUE.map(addonTypeView) } };
}

function createAddon(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const body = context.body;
  checkTypeAndVersion(body);
  const id = deriveId(String(body.name));
  if (project.addons.has(id)) throw conflict("addon", id);
  const addon: AddonRecord = { id, body, createdAt: context.now, backups: new Map() };
  project.addons.set(id, addon);
  return {
    data: {
      ...body,
      id,
      appId: appId(context.owner, project.id, id),
      status: addonPhase(addon, context).status,
      cluster: projectCluster(project),
      createdAt: iso(addon.createdAt),
      updatedAt: iso(addon.createdAt),
    },
  };
}

/** Managed addons (with `version`) must name a type and a version the catalogue has; custom types are not checked. */
function checkTypeAndVersion(body: Json): void {
  if (body.version === undefined) return;
  const entry = findAddonType(String(body.type));
  if (entry === undefined) {
    const known = ADDON_CATALOGUE.map((e) => e.type).join(", ");
    throw badRequest(`body/type "${String(body.type)}" is not an addon type; available: ${known}`, "validation-error");
  }
  if (body.version !== "latest" && !entry.versions.includes(String(body.version))) {
    throw badRequest(`body/version "${String(body.version)}" is not a version of ${entry.type}; use "latest" or one of ${entry.versions.join(", ")}`, "validation-error");
  }
}

function addonPhase(addon: AddonRecord, context: HandlerContext) {
  return phaseAt(ADDON_STATUSES, addon.createdAt, context.now, context.timing.stepMs);
}

/** When the addon reached `running` (in the future while it still deploys). */
function runningSince(addon: AddonRecord, context: HandlerContext): number {
  return addon.createdAt + (ADDON_STATUSES.length - 1) * context.timing.stepMs;
}

function getAddon(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const addon = findAddon(project, pathParam(context, "addonId"));
  return {
    data: {
      id: addon.id,
      ...pick(addon.body, ["name", "description"]),
      appId: appId(context.owner, project.id, addon.id),
      tags: addon.body.tags ?? [],
      createdAt: iso(addon.createdAt),
      status: addonPhase(addon, context).status,
      spec: { type: addon.body.type, config: addonConfig(addon, projectRegion(project)) },
      cluster: projectCluster(project),
    },
  };
}

/** `AddonConfigManaged` from the create body, or `AddonConfigCustom` for a template-based addon. */
function addonConfig(addon: AddonRecord, region: string): Json {
  const body = addon.body;
  if (body.version === undefined) return { templateValues: JSON.stringify(body.templateValues ?? {}) };
  const billing = (body.billing ?? {}) as Json;
  const policies = Array.isArray(body.ipPolicies) ? (body.ipPolicies as Json[]) : [];
  return {
    versionTag: resolvedVersion(body),
    lifecycleStatus: "active",
    deployment: {
      replicas: billing.replicas,
      storageClass: billing.storageClass ?? "ssd",
      storageSize: billing.storage,
      planId: billing.deploymentPlan,
      region,
    },
    networking: {
      tlsEnabled: body.tlsEnabled ?? false,
      externalAccessEnabled: body.externalAccessEnabled ?? false,
      ipPolicies: policies.flatMap((policy) => (policy.addresses as string[]).map((address) => ({ address, action: policy.action }))),
    },
  };
}

function resolvedVersion(body: Json): string {
  if (body.version !== "latest") return String(body.version);
  return findAddonType(String(body.type))?.versions[0] ?? "latest";
}

function backupAddon(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const addon = findAddon(project, pathParam(context, "addonId"));
  const number = addon.backups.size + 1;
  const name = typeof context.body.name === "string" ? context.body.name : `${addon.id}-backup-${number}`;
  const backup: BackupRecord = { id: `${deriveId(name)}-${context.store.ids.hex(6)}`, name, body: context.body, createdAt: context.now };
  addon.backups.set(backup.id, backup);
  return { data: backupView(addon, backup, context) };
}

/** The `AddonBackup` schema at the request's time. */
function backupView(addon: AddonRecord, backup: BackupRecord, context: HandlerContext): Json {
  const startsAt = Math.max(backup.createdAt, runningSince(addon, context));
  const started = context.now >= startsAt;
  const phase = phaseAt(BACKUP_STATUSES, startsAt, context.now, context.timing.stepMs);
  const status = started ? phase.status : "scheduled";
  const completed = started && phase.final;
  const view: Json = {
    id: backup.id,
    name: backup.name,
    status,
    createdAt: iso(backup.createdAt),
    config: {
      source: { type: "sameAddon" },
      size: completed ? String(4096 * 1024 + [...addon.backups.keys()].indexOf(backup.id) * 512) : "0",
      addonVersion: resolvedVersion(addon.body),
      compressionType: backup.body.compressionType ?? "gz",
    },
  };
  // The list schema requires completedAt on every backup; it is empty until the backup completes.
  view.completedAt = completed ? iso(phase.since) : "";
  return view;
}

function listAddonBackups(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const addon = findAddon(project, pathParam(context, "addonId"));
  const { items, pagination } = paginate([...addon.backups.values()].reverse(), context.query);
  return { data: { backups: items.map((backup) => backupView(addon, backup, context)) }, pagination };
}

function getAddonBackup(context: HandlerContext): unknown {
  const { addon, backup } = findBackup(context);
  return { data: backupView(addon, backup, context) };
}

function restoreAddonBackup(context: HandlerContext): unknown {
  const { addon, backup } = findBackup(context);
  if (backupView(addon, backup, context).status !== "completed") {
    throw new MockHttpError(409, `Backup "${backup.id}" has not completed yet, so it cannot be restored`, "backup-not-completed");
  }
  const restoreId = String(context.now + context.store.ids.next());
  addon.restores = [...(addon.restores ?? []), { restoreId, backupId: backup.id, at: context.now }];
  return { data: { restoreId } };
}

function findBackup(context: HandlerContext): { addon: AddonRecord; backup: BackupRecord } {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const addon = findAddon(project, pathParam(context, "addonId"));
  const backupId = pathParam(context, "backupId");
  const backup = addon.backups.get(backupId);
  if (backup === undefined) throw notFound("backup", backupId);
  return { addon, backup };
}

export const addonHandlers: Record<string, OperationHandler> = {
  listAddonTypes,
  createAddon,
  getAddon,
  backupAddon,
  listAddonBackups,
  getAddonBackup,
  restoreAddonBackup,
};
