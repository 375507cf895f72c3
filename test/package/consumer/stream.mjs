// A pipeline step against the package's own mock: run a command in a service's container
// and tail its log, through the client's streaming entry point (on Node 20, over `ws`).
import { fileURLToPath } from "node:url";
import { createNorthflankStreamingClient } from "@northflank-openapi/client/streaming";
import { startMockServer } from "northflank-openapi/mock";

const specPath = fileURLToPath(import.meta.resolve("northflank-openapi/spec/openapi.yaml"));
const mock = await startMockServer({ specPath, token: "mock-token" });
try {
  const nf = createNorthflankStreamingClient({ token: "mock-token", baseUrl: mock.url });
  await nf.createProject({ body: { name: "Streamed", region: "europe-west" } });
  const path = { projectId: "streamed", serviceId: "web" };
  await nf.createDeploymentService({
    path: { projectId: "streamed" },
    body: { name: "web", billing: { deploymentPlan: "nf-compute-10" }, deployment: { instances: 1, external: { imagePath: "nginx:latest" } } },
  });
  const exec = await nf.execServiceCommand({ path, command: ["echo", "hi"] });
  const lines = [];
  for await (const line of nf.tailServiceLogs({ path, query: { lineLimit: 5 } })) {
    lines.push(line.log);
    if (lines.length === 1) break;
  }
  console.log(JSON.stringify({ exec, firstLine: lines[0] }));
} finally {
  await mock.close();
}
