/**
 * Runs one whole process and measures it: wall time from spawn to exit (taken here, so
 * process start-up counts) and peak resident memory. Peak memory comes from GNU time
 * (`/usr/bin/time`, the kernel's ru_maxrss of the waited-for process tree) when it is
 * installed; otherwise a preload module makes a Node child print its own
 * `process.resourceUsage().maxRSS` at exit (Node children only). Every run has a timeout.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GNU_TIME = "/usr/bin/time";
const RSS_PRELOAD = fileURLToPath(new URL("../processes/report-max-rss.mjs", import.meta.url));
const RSS_MARKER = "nf-bench-max-rss-kb=";

export type MemoryMethod = "gnu-time" | "node-resource-usage";

/** How peak memory is measured on this machine. */
export const memoryMethod: MemoryMethod = existsSync(GNU_TIME) ? "gnu-time" : "node-resource-usage";

export interface SpawnMeasuredOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly timeoutMs: number;
  readonly env?: NodeJS.ProcessEnv;
}

export interface MeasuredRun {
  readonly wallMs: number;
  /** Peak resident set size in MB (1 MB = 1024 × 1024 bytes). */
  readonly peakRssMb: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the command, waits for it, and rejects with its output when it fails or times out. */
export async function spawnMeasured(options: SpawnMeasuredOptions): Promise<MeasuredRun> {
  const reportDir = await mkdtemp(path.join(os.tmpdir(), "nf-bench-time-"));
  const reportFile = path.join(reportDir, "time.txt");
  try {
    const { command, args, env } = wrap(options, reportFile);
    const started = performance.now();
    const output = await runToExit({ ...options, command, args, env });
    const wallMs = performance.now() - started;
    const peakRssKb = memoryMethod === "gnu-time" ? parseGnuTime(await readFile(reportFile, "utf8")) : parseMarker(output.stderr);
    return { wallMs, peakRssMb: peakRssKb / 1024, stdout: output.stdout, stderr: output.stderr };
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}

function wrap(options: SpawnMeasuredOptions, reportFile: string): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const env = { ...process.env, ...options.env };
  if (memoryMethod === "gnu-time") return { command: GNU_TIME, args: ["-f", "%M", "-o", reportFile, options.command, ...options.args], env };
  const nodeOptions = `${env.NODE_OPTIONS ?? ""} --import ${JSON.stringify(RSS_PRELOAD)}`.trim();
  return { command: options.command, args: [...options.args], env: { ...env, NODE_OPTIONS: nodeOptions } };
}

interface ProcessOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/** Waits for exit 0; a non-zero exit, a signal or the timeout rejects with the tail of stderr. */
export function runToExit(options: SpawnMeasuredOptions): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${describe(options)}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else {
        const why = signal === "SIGKILL" ? `timed out after ${options.timeoutMs} ms` : `exited with ${code ?? signal}`;
        reject(new Error(`${describe(options)} ${why}:\n${tail(stderr || stdout)}`));
      }
    });
  });
}

function parseGnuTime(report: string): number {
  // GNU time prints "Command exited with non-zero status N" first when the command fails.
  const kb = Number(report.trim().split("\n").at(-1));
  if (!Number.isFinite(kb) || kb <= 0) throw new Error(`unexpected ${GNU_TIME} report: ${JSON.stringify(report)}`);
  return kb;
}

function parseMarker(stderr: string): number {
  const match = new RegExp(`${RSS_MARKER}(\\d+)`).exec(stderr);
  if (match === null) throw new Error("the child did not report its peak memory (not a Node process?)");
  return Number(match[1]);
}

function describe(options: SpawnMeasuredOptions): string {
  return [options.command, ...options.args].map((part) => path.basename(part)).join(" ").slice(0, 160);
}

function tail(text: string): string {
  return text.trim().split("\n").slice(-15).join("\n");
}
