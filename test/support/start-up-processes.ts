import { spawn, type SpawnOptions } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** How a start-up command ended: its exit code and everything it printed. */
export type Outcome = { code: number | null; stdout: string; stderr: string };

export const STACK_TRACE = /\bat [\w$.<>]+ \(|\.(ts|tsx|js|mjs):\d+|node_modules|SocketTimeout/;

/** The process environment without the test runner's NODE_ENV, plus `overrides`. */
export function environment(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const { NODE_ENV: _testRunners, DATABASE_URL: _testDatabase, ...env } = process.env;
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env as NodeJS.ProcessEnv; // NODE_ENV absent on purpose, although Remix's types declare it always set
}

/** Runs `node <args>` in the project folder to its end (or kills it after `timeoutMs`). */
export function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: SpawnOptions = {},
  timeoutMs = 60_000,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { ...options, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** `npm run db:setup -- <args>` (db:seed-demo is `--demo`), without npm's own lines around it. */
export const runSetup = (args: string[], env: NodeJS.ProcessEnv, options?: SpawnOptions) =>
  run(["--import", "tsx", "scripts/db-setup.ts", ...args], env, options);

/** `node server.js`, for cases where it must refuse to start (it never listens, so it ends). */
export const runServer = (env: NodeJS.ProcessEnv, options?: SpawnOptions) =>
  run(
    ["server.js"],
    { PORT: "0", SESSION_SECRET: "start-up-test-secret-long-enough-to-pass", ...env },
    options,
    30_000,
  );

/** A new temporary folder that an unprivileged user may enter; removed by the returned function. */
export function scratchFolder(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "ns-start-up-"));
  chmodSync(root, 0o755);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const NOBODY = 65534;

/**
 * Makes `folder` read-only for the process that will be started with the returned spawn options.
 * Root writes through any file mode, so as root the process runs as `nobody`, who is then given
 * the folder and its files (which stay writable: only the folder is read-only).
 */
export function readOnlyFolderFor(folder: string): SpawnOptions {
  const root = process.getuid?.() === 0;
  if (root) {
    for (const entry of [folder, ...readdirSync(folder).map((name) => path.join(folder, name))])
      chownSync(entry, NOBODY, NOBODY);
  }
  chmodSync(folder, 0o500);
  return root ? { uid: NOBODY, gid: NOBODY } : {};
}

/** The mode bits of a file, as an octal string ("600"). */
export const modeOf = (stats: { mode: number }) => (stats.mode & 0o777).toString(8);
