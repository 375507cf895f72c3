/**
 * Type-level tests of CallArgs and SuccessBody against an openapi-typescript-shaped `paths`.
 * Checked by `npx tsc --noEmit -p tsconfig.json`: each `@ts-expect-error` fails the check if
 * its line compiles, and each `expectTypeOf` fails it if the types differ.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { CallArgs, SuccessBody } from "../../runtime/index.js";
import type { paths } from "./operations.js";

type Team = { teamId: string };
type CreateProjectArgs = CallArgs<paths["/v1/projects"]["post"], Team>;
type ListProjectsArgs = CallArgs<paths["/v1/projects"]["get"], Team>;
type GetProjectArgs = CallArgs<paths["/v1/projects/{projectId}"]["get"], Team>;
type DeleteProjectArgs = CallArgs<paths["/v1/projects/{projectId}"]["delete"]>;
type SearchArgs = CallArgs<paths["/v1/search"]["get"]>;
type PatchNotesArgs = CallArgs<paths["/v1/notes"]["patch"]>;
type GetReportArgs = CallArgs<paths["/v1/reports/{reportId}"]["get"]>;

// Stand-ins for generated endpoint functions: only their parameter types matter here.
const createProject = (args: CreateProjectArgs) => args;
const listProjects = (args: ListProjectsArgs) => args;
const getProject = (args: GetProjectArgs) => args;
const deleteProject = (args: DeleteProjectArgs) => args;
const search = (args: SearchArgs) => args;
const patchNotes = (args: PatchNotesArgs) => args;
const getReport = (args: GetReportArgs) => args;

describe("CallArgs", () => {
  it("requires the body's required fields, with their enums", () => {
    createProject({ body: { name: "demo", region: "europe-west" } });
    createProject({ body: { name: "demo", region: "us-central", description: "d" }, signal: AbortSignal.timeout(1), timeoutMs: 5 });
    // @ts-expect-error a required body field (region) is missing
    createProject({ body: { name: "demo" } });
    // @ts-expect-error the region is not one of the enum's values
    createProject({ body: { name: "demo", region: "mars-north" } });
    // @ts-expect-error the body itself is required
    createProject({});
    // @ts-expect-error an unknown body field
    createProject({ body: { name: "demo", region: "europe-west", colour: "red" } });
  });

  it("requires the path parameters, and accepts the scope's optionally", () => {
    getProject({ path: { projectId: "p" } });
    getProject({ path: { projectId: "p", teamId: "t" } });
    // @ts-expect-error projectId is missing
    getProject({ path: { teamId: "t" } });
    // @ts-expect-error path is required
    getProject({});
    // @ts-expect-error a path value must be a string
    getProject({ path: { projectId: 1 } });
    // @ts-expect-error this operation has no scope
    deleteProject({ path: { projectId: "p", teamId: "t" } });
  });

  it("lets optional arguments be left out", () => {
    listProjects({});
    listProjects({ query: { per_page: 10 } });
    listProjects({ path: { teamId: "t" } });
    patchNotes({});
    patchNotes({ body: { text: "x" } });
    expectTypeOf<{}>().toExtend<ListProjectsArgs>();
    // @ts-expect-error a query parameter of the wrong type
    listProjects({ query: { per_page: "10" } });
    // @ts-expect-error this operation takes no body
    listProjects({ body: {} });
  });

  it("requires a query with a required parameter", () => {
    search({ query: { q: "x" } });
    // @ts-expect-error query.q is required
    search({ query: { limit: 1 } });
    // @ts-expect-error the query itself is then required
    search({});
  });

  it("requires header and cookie arguments exactly when the operation has required ones", () => {
    const path = { reportId: "r" };
    getReport({ path, header: { "X-Request-Id": "id" }, cookie: { session: "s" } });
    getReport({ path, header: { "X-Request-Id": "id", "If-None-Match": "e", "X-Tags": ["a", "b"] }, cookie: { session: "s", theme: "dark" } });
    // @ts-expect-error the required header X-Request-Id is missing
    getReport({ path, header: { "If-None-Match": "e" }, cookie: { session: "s" } });
    // @ts-expect-error the header argument itself is then required
    getReport({ path, cookie: { session: "s" } });
    // @ts-expect-error the required cookie session is missing
    getReport({ path, header: { "X-Request-Id": "id" }, cookie: { theme: "dark" } });
    // @ts-expect-error the cookie argument itself is then required
    getReport({ path, header: { "X-Request-Id": "id" } });
    // @ts-expect-error a header value of the wrong type
    getReport({ path, header: { "X-Request-Id": 1 }, cookie: { session: "s" } });
    // @ts-expect-error a header the operation does not declare
    getReport({ path, header: { "X-Request-Id": "id", Authorization: "Bearer other" }, cookie: { session: "s" } });
    expectTypeOf<GetReportArgs["header"]>().toEqualTypeOf<{ "X-Request-Id": string; "If-None-Match"?: string; "X-Tags"?: string[] }>();
  });

  it("takes no header or cookie argument where the operation has none", () => {
    expectTypeOf<DeleteProjectArgs["header"]>().toEqualTypeOf<undefined>();
    expectTypeOf<DeleteProjectArgs["cookie"]>().toEqualTypeOf<undefined>();
    // @ts-expect-error this operation takes no header parameters
    deleteProject({ path: { projectId: "p" }, header: { "X-Request-Id": "id" } });
    // @ts-expect-error this operation takes no cookie parameters
    deleteProject({ path: { projectId: "p" }, cookie: { session: "s" } });
  });

  it("types the per-call options", () => {
    expectTypeOf<DeleteProjectArgs["signal"]>().toEqualTypeOf<AbortSignal | undefined>();
    expectTypeOf<DeleteProjectArgs["timeoutMs"]>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error timeoutMs is a number
    deleteProject({ path: { projectId: "p" }, timeoutMs: "5s" });
  });
});

describe("SuccessBody", () => {
  it("is the union of the 2xx JSON bodies", () => {
    expectTypeOf<SuccessBody<paths["/v1/projects/{projectId}"]["get"]>>().toEqualTypeOf<{ data: { id: string; name: string; region?: string } }>();
    expectTypeOf<SuccessBody<paths["/v1/projects"]["post"]>>().toEqualTypeOf<{ data: { id: string; name: string; region?: string } }>();
  });

  it("is undefined for a 2xx without content", () => {
    expectTypeOf<SuccessBody<paths["/v1/projects/{projectId}"]["delete"]>>().toEqualTypeOf<undefined>();
  });
});
