/**
 * Every known disagreement between the spec's types and the official client's, each with
 * its reason. The conformance test leaves an entry's field out of the check and fails
 * if the type agrees with that field put back, so this list cannot go stale.
 *
 * Not listed, because the check itself allows for it: our response enums are open
 * (`| (string & {})`, so a value the API adds later does not break a caller's build)
 * where the official client's are closed; the check compares the listed values.
 */

/** `request` is the JSON body, `query` the query parameters, `result` what a call resolves to. */
export type Part = "request" | "query" | "result";
/**
 * `officialToOurs`: the official type is accepted by ours; `oursToOfficial`: the reverse;
 * `officialFieldsInOurs`: every field the official type has, ours has too.
 */
export type Direction = "officialToOurs" | "oursToOfficial" | "officialFieldsInOurs";

export interface AllowedDifference {
  readonly operationId: string;
  readonly part: Part;
  readonly direction: Direction;
  /** The dotted path of the field that disagrees, from the body or result down. */
  readonly field: string;
  readonly reason: string;
}

const STORAGE_SIZES =
  "the reference lists the ephemeral storage sizes the API accepts (16384 to 524288 MB); the client types any number";
const SHOW_VALUES =
  "the reference pages list the three values `show` takes (this, inherited, all); the client types any string";
const WHOLE_BLOCKS =
  "a patch here sends each settings block whole, with the fields its create body requires inside it; the client's patch types make every nested field optional (partial blocks are a follow-up)";
const JOB_TYPE =
  "the form for both kinds creates manual jobs too (a job without `settings.cron`), so `jobType` is manual or cron; the reference and the client list only cron";
const EXTERNAL_RESOURCE_TYPES =
  "the reference, newer than the client, lists two more kinds of external addon (cloudSql, memorystore); the client lists s3 and rds";
const INVOICE_LIST =
  "the client types `invoices` as one object (period and total); the reference, newer, lists an array of invoices with their id, currency and usage";
const LOG_SINK_SETTINGS =
  "an update sends the sink type's settings as they are created (the spec reuses those schemas); the client's update types are partial copies per type, some without fields the create takes (a Loki sink's encoding)";
const ARRAY_OF_UNION =
  "the client writes `'a' | ... | 'z'[]`, which TypeScript reads as one of the values or an array of the last; the reference describes an array of the values";
const UNTYPED_USER_IDS =
  "the client types the `userIds` filter as `undefined` (it has no type for it); the spec sends it as an array of user ids, repeated";
const RUN_COUNTERS =
  "the reference enumerates 0 and 1 (a run has at most one pod in that state); the client types any number";

/** The same allowed difference for several operations. */
function forEach(
  operationIds: readonly string[],
  entry: Omit<AllowedDifference, "operationId">,
): AllowedDifference[] {
  return operationIds.map((operationId) => ({ operationId, ...entry }));
}

export const ALLOWED_DIFFERENCES: readonly AllowedDifference[] = [
  ...["buildSettings", "buildConfiguration"].flatMap((block) => [
    ...forEach(
      [
        "createBuildService",
        "createCombinedService",
        "createManualJob",
        "createCronJob",
        "putServiceBuild",
        "putServiceCombined",
        "putJobManual",
        "putJobCron",
        "createJob",
        "putJob",
      ],
      {
        part: "request",
        direction: "officialToOurs",
        field: `${block}.storage.ephemeralStorage.storageSize`,
        reason: STORAGE_SIZES,
      },
    ),
    ...forEach(["createManualJob", "createCronJob", "putJobManual", "putJobCron", "createJob", "putJob", "patchJob", "putServiceBuild", "putServiceCombined", "patchServiceBuild", "patchServiceCombined", "patchJobManual", "patchJobCron"], {
      part: "result",
      direction: "officialToOurs",
      field: `${block}.storage.ephemeralStorage.storageSize`,
      reason: STORAGE_SIZES,
    }),
  ]),
  ...forEach(["patchServiceBuild", "patchServiceCombined", "patchJobManual", "patchJobCron", "patchJob"], {
    part: "request",
    direction: "officialToOurs",
    field: "buildConfiguration.storage.ephemeralStorage.storageSize",
    reason: STORAGE_SIZES,
  }),
  ...forEach(["updateServiceBuildOptions", "updateJobBuildOptions"], {
    part: "request",
    direction: "officialToOurs",
    field: "storage.ephemeralStorage.storageSize",
    reason: STORAGE_SIZES,
  }),
  ...forEach(["getService", "getJob"], {
    part: "result",
    direction: "officialToOurs",
    field: "buildConfiguration.storage.ephemeralStorage.storageSize",
    reason: STORAGE_SIZES,
  }),
  ...["active", "failed", "succeeded"].flatMap((counter) => [
    {
      operationId: "getJobRun",
      part: "result",
      direction: "officialToOurs",
      field: counter,
      reason: RUN_COUNTERS,
    } as const,
    {
      operationId: "listJobRuns",
      part: "result",
      direction: "officialToOurs",
      field: `runs.${counter}`,
      reason: RUN_COUNTERS,
    } as const,
  ]),
  ...forEach(["createJob", "putJob", "patchJob"], { part: "result", direction: "oursToOfficial", field: "jobType", reason: JOB_TYPE }),
  ...forEach(["createExternalAddon", "updateExternalAddon"], { part: "request", direction: "oursToOfficial", field: "spec.resourceType", reason: EXTERNAL_RESOURCE_TYPES }),
  ...forEach(["createExternalAddon", "updateExternalAddon", "getExternalAddon"], { part: "result", direction: "oursToOfficial", field: "spec.resourceType", reason: EXTERNAL_RESOURCE_TYPES }),
  { operationId: "listExternalAddons", part: "result", direction: "oursToOfficial", field: "data.externalAddons.spec.resourceType", reason: EXTERNAL_RESOURCE_TYPES },
  {
    operationId: "updateLlmModelDeployment",
    part: "request",
    direction: "officialToOurs",
    field: "spec.configuration.nodeConfiguration.storage.storageSize",
    reason: WHOLE_BLOCKS,
  },
  { operationId: "listInvoices", part: "result", direction: "officialToOurs", field: "invoices", reason: INVOICE_LIST },
  { operationId: "listInvoices", part: "result", direction: "oursToOfficial", field: "invoices", reason: INVOICE_LIST },
  { operationId: "updateLogSink", part: "request", direction: "officialToOurs", field: "sinkData", reason: LOG_SINK_SETTINGS },
  { operationId: "updateLogSink", part: "request", direction: "oursToOfficial", field: "sinkData", reason: LOG_SINK_SETTINGS },
  ...(["officialToOurs", "oursToOfficial"] as const).flatMap((direction) => [
    ...["corsPolicy.allowMethods", "retries.retryOn"].flatMap((field) => [
      ...forEach(["addSubdomainPath", "updateSubdomainPath"], { part: "request", direction, field: `options.${field}`, reason: ARRAY_OF_UNION }),
      { operationId: "listSubdomainPath", part: "result", direction, field: `paths.options.${field}`, reason: ARRAY_OF_UNION } as const,
    ]),
  ]),
  ...forEach(["listTeamRoleMembers", "listOrgRoleMembers"], { part: "query", direction: "oursToOfficial", field: "userIds", reason: UNTYPED_USER_IDS }),
  ...(["officialToOurs", "oursToOfficial"] as const).flatMap((direction) => [
    { operationId: "listCloudIntegrations", part: "result", direction, field: "integrations.features", reason: ARRAY_OF_UNION } as const,
    ...forEach(["createCloudIntegration", "putCloudIntegration", "patchCloudIntegration"], { part: "request", direction, field: "features", reason: ARRAY_OF_UNION }),
    ...forEach(["createCloudIntegration", "putCloudIntegration", "patchCloudIntegration", "getCloudIntegration"], { part: "result", direction, field: "features", reason: ARRAY_OF_UNION }),
    ...forEach(["createCloudCluster", "putCloudCluster"], { part: "request", direction, field: "storage.storageClasses.options.platform.supportedResources", reason: ARRAY_OF_UNION }),
  ]),
  ...forEach(["createCloudCluster", "putCloudCluster", "getCloudCluster", "patchCloudCluster"], {
    part: "result",
    direction: "officialToOurs",
    field: "storage.storageClasses.options.platform.supportedResources",
    reason: ARRAY_OF_UNION,
  }),
  { operationId: "listCloudClusters", part: "result", direction: "officialToOurs", field: "clusters.storage.storageClasses.options.platform.supportedResources", reason: ARRAY_OF_UNION },
  ...forEach(["getSecret", "getServiceRuntimeEnvironment", "getServiceBuildArguments", "getJobRuntimeEnvironment", "getJobBuildArguments"], {
    part: "query",
    direction: "officialToOurs",
    field: "show",
    reason: SHOW_VALUES,
  }),
  ...(
    [
      ["patchProject", ["networking"]],
      ["patchAddon", ["billing"]],
      ["patchServiceBuild", ["billing", "buildSettings", "vcsData"]],
      ["patchServiceCombined", ["billing", "deployment", "buildSettings", "vcsData", "bundleData", "loadBalancing", "autoscaling"]],
      ["patchServiceDeployment", ["billing", "loadBalancing", "autoscaling"]],
      ["patchJobManual", ["billing", "buildSettings"]],
      ["patchJobCron", ["billing", "buildSettings"]],
      ["patchJob", ["billing", "buildSettings"]],
    ] as const
  ).flatMap(([operationId, blocks]) =>
    blocks.map((field) => ({ operationId, part: "request", direction: "officialToOurs", field, reason: WHOLE_BLOCKS }) as const),
  ),
];
