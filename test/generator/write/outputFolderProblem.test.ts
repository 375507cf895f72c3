import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outputFolderProblem } from "../../../generator/write/outputFolderProblem.js";

let scratch = "";

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-out-folder-"));
  await mkdir(path.join(scratch, "existing"));
  await writeFile(path.join(scratch, "file.txt"), "");
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("outputFolderProblem", () => {
  it("accepts an existing folder and folders still to be made under one", () => {
    expect(outputFolderProblem(path.join(scratch, "existing"))).toBeNull();
    expect(outputFolderProblem(path.join(scratch, "new/deeper/client"))).toBeNull();
  });

  it("refuses a file as the output folder", () => {
    const file = path.join(scratch, "file.txt");
    expect(outputFolderProblem(file)).toBe(`--out: ${file} (the output folder) exists and is not a folder`);
  });

  it("refuses a file on the way to the output folder, naming it", () => {
    const file = path.join(scratch, "file.txt");
    const wanted = path.join(file, "a/b");
    expect(outputFolderProblem(wanted)).toBe(`--out: ${file} (a parent of the output folder ${wanted}) exists and is not a folder`);
  });
});
