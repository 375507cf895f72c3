// A user's plain-Node script: imports the installed client package by name and makes two calls
// against the server whose URL is the first argument. Prints what it saw as JSON.
import { createNorthflankClient, NorthflankApiError } from "@northflank-openapi/client";

const nf = createNorthflankClient({ token: "consumer-token", baseUrl: process.argv[2] });
const created = await nf.createProject({ body: { name: "Packed project", region: "europe-west" } });

let missing;
try {
  await nf.getProject({ path: { projectId: "no-such-project" } });
  missing = { rejected: false };
} catch (error) {
  missing = { rejected: true, isApiError: error instanceof NorthflankApiError, status: error.status };
}

console.log(JSON.stringify({ created, missing }));
