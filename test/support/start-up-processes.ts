import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
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
  launch: Launch = {},
  timeoutMs = 60_000,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const [program, programArgs] = command(args, launch);
    const child = spawn(program, programArgs, { env, stdio: ["ignore", "pipe", "pipe"] });
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
export const runSetup = (args: string[], env: NodeJS.ProcessEnv, launch?: Launch) =>
  run(["--import", "tsx", "scripts/db-setup.ts", ...args], env, launch);

/** `node server.js`, for cases where it must refuse to start (it never listens, so it ends). */
export const runServer = (env: NodeJS.ProcessEnv, launch?: Launch) =>
  run(
    ["server.js"],
    { PORT: "0", SESSION_SECRET: "start-up-test-secret-long-enough-to-pass", ...env },
    launch,
    30_000,
  );

/** A new temporary folder that an unprivileged user may enter; removed by the returned function. */
export function scratchFolder(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "ns-start-up-"));
  chmodSync(root, 0o755);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** How to start a process: as is, or as root without the capabilities that override file modes. */
export type Launch = { withoutFileModeOverride?: boolean };

/**
 * Root writes through any file mode, so a read-only folder is read-only for root only once root has
 * lost that power: `setpriv` drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set, so
 * the process (still uid 0, still able to read the checkout wherever it lies) meets the mode bits as
 * their owner does. Switching to `nobody` instead needs every folder above the checkout to be
 * world-readable, which a CI's temporary clone may not be.
 */
function command(args: string[], launch: Launch): [string, string[]] {
  if (!launch.withoutFileModeOverride || process.getuid?.() !== 0) return [process.execPath, args];
  return ["setpriv", ["--bounding-set", "-dac_override,-dac_read_search", "--", process.execPath, ...args]];
}

/** Makes `folder` read-only for a process started with the returned launch options. */
export function readOnlyFolderFor(folder: string): Launch {
  chmodSync(folder, 0o500);
  return { withoutFileModeOverride: true };
}

/** The mode bits of a file, as an octal string ("600"). */
export const modeOf = (stats: { mode: number }) => (stats.mode & 0o777).toString(8);
