// A user testing their automation against the package's own mock: the spec comes from the
// installed package, the client talks to the mock over 127.0.0.1. Prints what it saw as JSON.
import { fileURLToPath } from "node:url";
import { createNorthflankClient } from "@northflank-openapi/client";
import { startMockServer } from "northflank-openapi/mock";

const specPath = fileURLToPath(import.meta.resolve("northflank-openapi/spec/openapi.yaml"));
const mock = await startMockServer({ specPath, token: "mock-token" });
try {
  const nf = createNorthflankClient({ token: "mock-token", baseUrl: mock.url });
  const created = await nf.createProject({ body: { name: "Mocked project", region: "europe-west" } });
  const fetched = await nf.getProject({ path: { projectId: created.id } });
  console.log(JSON.stringify({ createdId: created.id, fetchedName: fetched.name }));
} finally {
  await mock.close();
}
