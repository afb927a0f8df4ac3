// PostgreSQL's own tools (pg_dump, pg_restore) for db:backup and db:restore: the right version of each,
// the connection handed over without putting the password on a command line, and the row counts read
// back from a dump.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import type pg from "pg";

/**
 * The tool from the server's major version (Debian keeps each under /usr/lib/postgresql/<major>/bin;
 * pg_dump refuses a server newer than itself), else the one on PATH.
 */
export async function postgresTool(client: pg.ClientBase, tool: "pg_dump" | "pg_restore"): Promise<string> {
  const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
  const major = Math.floor(Number(rows[0]?.server_version_num) / 10_000);
  const debian = `/usr/lib/postgresql/${major}/bin/${tool}`;
  return existsSync(debian) ? debian : tool;
}

/**
 * libpq's view of DATABASE_URL: the URL without its password (a command line is visible to every user
 * of the machine) and without Prisma's own parameters, and the password in PGPASSWORD.
 */
export function libpqConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  for (const prismaOnly of ["schema", "connection_limit", "pool_timeout", "pgbouncer"])
    url.searchParams.delete(prismaOnly);
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs a tool to its end; its own message (stderr) is shown as it comes. Throws when it fails. */
export function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(tool, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.error)
    throw new Error(`${tool} could not be run (${result.error.message}): see docs/deploy.md.`);
  if (result.status !== 0) throw new Error(`${tool} failed (exit code ${result.status}); nothing was kept.`);
}

/**
 * Rows per table in a custom-format dump, counted from the data pg_restore reads out of it (one line
 * per row in COPY's text format, which escapes newlines within values).
 */
export async function rowCountsInDump(pgRestore: string, file: string): Promise<Map<string, number>> {
  const reader = spawn(pgRestore, ["--data-only", "--file=-", file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    reader.on("error", reject);
    reader.on("close", resolve);
  });
  const counts = new Map<string, number>();
  let table: string | undefined;
  for await (const line of createInterface({ input: reader.stdout })) {
    if (table === undefined) {
      table = /^COPY [^.]+\."?([^"\s]+)"? /.exec(line)?.[1];
      if (table !== undefined) counts.set(table, 0);
    } else if (line === "\\.") table = undefined;
    else counts.set(table, (counts.get(table) ?? 0) + 1);
  }
  const code = await exited;
  if (code !== 0) throw new Error(`pg_restore could not read ${file} back (exit code ${code}).`);
  return counts;
}

/** "3 responses, 1 drafts, 2 surveys" from counts per table. */
export const describeCounts = (counts: Map<string, number>) =>
  `${counts.get("Response") ?? 0} responses, ${counts.get("ResumeDraft") ?? 0} drafts, ${counts.get("Survey") ?? 0} surveys`;
