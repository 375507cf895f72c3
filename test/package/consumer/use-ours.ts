// A user's own client, generated from their copy of the Northflank spec into src/nf with the
// installed toolchain, compiled by their strict build, and run against the toolchain's mock.
import { createNorthflankClient } from "./src/nf/index.js";
import { startMockServer } from "northflank-openapi/mock";

const mock = await startMockServer({ token: "mock-token" });
try {
  const nf = createNorthflankClient({ token: "mock-token", baseUrl: mock.url });
  const created = await nf.createProject({ body: { name: "Generated project", region: "europe-west" } });
  const fetched = await nf.getProject({ path: { projectId: created.id } });
  console.log(JSON.stringify({ createdId: created.id, fetchedRegion: fetched.deployment?.region }));
} finally {
  await mock.close();
}
