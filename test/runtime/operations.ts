/**
 * Hand-written stand-ins for what the generator emits: a `paths` type shaped exactly like
 * openapi-typescript 7's output, and one OperationSpec per operation. The runtime is tested
 * against these, not against generated code, so it does not depend on the generator's progress.
 */
import type { OperationSpec } from "../../runtime/index.js";

type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type JsonResponse<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type Project = { id: string; name: string; region?: string };
type JobRun = { id: string; status: "RUNNING" | "SUCCESS" | "FAILED" };
type Pagination = { hasNextPage: boolean; cursor?: string; count: number };

export interface paths {
  "/v1/projects": {
    parameters: NoParameters;
    get: {
      parameters: { query?: { per_page?: number; cursor?: string; tags?: string[] }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: JsonResponse<{ data: { projects: Project[] }; pagination: Pagination }> };
    };
    post: {
      parameters: NoParameters;
      requestBody: {
        content: {
          "application/json": { name: string; region: "europe-west" | "us-central"; description?: string };
        };
      };
      responses: {
        200: JsonResponse<{ data: Project }>;
        201: JsonResponse<{ data: Project }>;
        409: JsonResponse<{ error: { message: string; id?: string } }>;
      };
    };
  };
  "/v1/projects/{projectId}": {
    parameters: { query?: never; header?: never; path: { projectId: string }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { projectId: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: JsonResponse<{ data: Project }> };
    };
    delete: {
      parameters: { query?: never; header?: never; path: { projectId: string }; cookie?: never };
      requestBody?: never;
      responses: { 204: { headers: { [name: string]: unknown }; content?: never } };
    };
  };
  "/v1/projects/{projectId}/jobs/{jobId}/runs/{runId}": {
    parameters: NoParameters;
    get: {
      parameters: { query?: never; header?: never; path: { projectId: string; jobId: string; runId: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: JsonResponse<{ data: JobRun }> };
    };
  };
  "/v1/search": {
    parameters: NoParameters;
    get: {
      parameters: { query: { q: string; limit?: number }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: JsonResponse<{ data: { hits: string[] } }> };
    };
  };
  "/v1/reports/{reportId}": {
    parameters: NoParameters;
    get: {
      parameters: {
        query?: never;
        header: { "X-Request-Id": string; "If-None-Match"?: string; "X-Tags"?: string[] };
        path: { reportId: string };
        cookie: { session: string; theme?: string };
      };
      requestBody?: never;
      responses: { 200: JsonResponse<{ data: { title: string } }> };
    };
  };
  "/v1/notes": {
    parameters: NoParameters;
    patch: {
      parameters: NoParameters;
      requestBody?: { content: { "application/json": { text?: string } } };
      responses: { 200: JsonResponse<{ data: { text: string } }> };
    };
  };
}

type Defaults = Pick<OperationSpec, "scopedPaths" | "resultPointer" | "requestMediaType" | "responseParse" | "pagination" | "waiter">;
const defaults: Defaults = {
  scopedPaths: {},
  resultPointer: "/data",
  requestMediaType: null,
  responseParse: "json",
  pagination: null,
  waiter: null,
};
const teamScope = (path: string) => ({ team: { path, parameters: ["teamId"] } });

export const listProjects: OperationSpec = {
  ...defaults,
  operationId: "listProjects",
  method: "get",
  path: "/v1/projects",
  idempotent: true,
  scopedPaths: teamScope("/v1/teams/{teamId}/projects"),
  pagination: { cursorParam: "cursor", cursorPointer: "/pagination/cursor", hasNextPagePointer: "/pagination/hasNextPage", itemsPointer: "/data/projects" },
};

export const createProject: OperationSpec = {
  ...defaults,
  operationId: "createProject",
  method: "post",
  path: "/v1/projects",
  idempotent: false,
  scopedPaths: teamScope("/v1/teams/{teamId}/projects"),
  requestMediaType: "application/json",
};

export const getProject: OperationSpec = {
  ...defaults,
  operationId: "getProject",
  method: "get",
  path: "/v1/projects/{projectId}",
  idempotent: true,
  scopedPaths: teamScope("/v1/teams/{teamId}/projects/{projectId}"),
};

export const deleteProject: OperationSpec = {
  ...defaults,
  operationId: "deleteProject",
  method: "delete",
  path: "/v1/projects/{projectId}",
  idempotent: true,
};

export const getJobRun: OperationSpec = {
  ...defaults,
  operationId: "getJobRun",
  method: "get",
  path: "/v1/projects/{projectId}/jobs/{jobId}/runs/{runId}",
  idempotent: true,
  waiter: { name: "waitForJobRun", statusPointer: "/data/status", done: ["SUCCESS"], failed: ["FAILED"] },
};

/** Takes header and cookie parameters, required and optional. */
export const getReport: OperationSpec = {
  ...defaults,
  operationId: "getReport",
  method: "get",
  path: "/v1/reports/{reportId}",
  idempotent: true,
};

/** Operations that exist only to exercise the body encodings. */
export const uploadForm: OperationSpec = {
  ...defaults,
  operationId: "uploadForm",
  method: "post",
  path: "/v1/form",
  idempotent: false,
  requestMediaType: "application/x-www-form-urlencoded",
};
export const uploadMultipart: OperationSpec = { ...uploadForm, operationId: "uploadMultipart", requestMediaType: "multipart/form-data" };
export const uploadBinary: OperationSpec = { ...uploadForm, operationId: "uploadBinary", requestMediaType: "application/octet-stream" };
export const getText: OperationSpec = { ...getProject, operationId: "getText", responseParse: "text", resultPointer: null };
