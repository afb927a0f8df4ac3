import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { E2E_PORT } from "./e2e-server";

/** `node server.js` (the build Playwright's webServer made) as a child whose output is kept. */
export type ServerProcess = {
  origin: string;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<void>;
};

/** A fresh folder under test-results for one spec's own database; returns the database file path. */
export function freshDataFolder(name: string): string {
  const folder = path.resolve(`test-results/e2e-own-${E2E_PORT}-${name}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(path.dirname(folder), { recursive: true });
  return path.join(folder, "data", "negative-space.db");
}

/** Runs `npm run <script>` to its end; resolves with what it printed, rejects if it failed. */
export function runNpm(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`npm run ${args[0]}: ${output}`)),
    );
  });
}

/** Starts `node server.js` with `env` on E2E_PORT + `portOffset` and waits until /healthz answers 200. */
export async function startServerProcess(env: NodeJS.ProcessEnv, portOffset: number): Promise<ServerProcess> {
  const port = E2E_PORT + portOffset;
  const child = spawn(process.execPath, ["server.js"], {
    env: { SESSION_SECRET: "own-server-session-secret-long-enough", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const origin = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`server.js exited with ${child.exitCode}: ${stderr}`);
    const healthy = await fetch(`${origin}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { origin, stdout: () => stdout, stderr: () => stderr, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`server.js on port ${port} did not become healthy: ${stderr}`);
}

/** The process environment without NODE_ENV (as `npm start` runs the set-up, unless set), plus `overrides`. */
export function environmentWith(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV: _runners, ...inherited } = process.env;
  return { ...inherited, ...overrides } as NodeJS.ProcessEnv; // Remix's types declare NODE_ENV always set
}
