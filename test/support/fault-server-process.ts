import { type ChildProcess, execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

/** A running test/support/fault-server.ts in its own process (so it can be killed with SIGKILL). */
export type FaultServer = { child: ChildProcess; origin: string };

export async function startFaultServer(databaseUrl: string, slug: string): Promise<FaultServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/fault-server.ts", slug], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening (\d+)/.exec(output);
      if (found) resolve(Number(found[1]));
    });
    child.once("exit", (code) => reject(new Error(`fault server exited with ${code}: ${errors}`)));
  });
  return { child, origin: `http://127.0.0.1:${port}` };
}

export function stopFaultServer({ child }: FaultServer, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

/** Completes one survey through the fault server; true only for its "stored" acknowledgement. */
export async function submit(server: FaultServer, marker: string): Promise<boolean> {
  try {
    const response = await fetch(`${server.origin}/complete?marker=${encodeURIComponent(marker)}`, {
      method: "POST",
    });
    return response.status === 200 && (await response.text()) === "stored";
  } catch {
    return false; // the connection died with the server: not acknowledged
  }
}

const run = promisify(execFile);

/** `npm run db:backup -- <file>` against a database, as a separate process. */
export async function runBackupScript(databaseUrl: string, file: string): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/db-backup.ts", file], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return stdout;
}
