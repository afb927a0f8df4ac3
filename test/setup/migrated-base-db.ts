// Vitest global set-up: build one migrated SQLite file that every test file copies.
// It is rebuilt only when the migrations change, so most runs skip the Prisma CLI.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const TEST_DB_DIRECTORY = path.resolve("test-results/db");
export const BASE_DB_FILE = path.join(TEST_DB_DIRECTORY, "base.db");

function migrationsFingerprint(): string {
  const hash = createHash("sha256");
  const root = path.resolve("prisma/migrations");
  for (const entry of readdirSync(root, { recursive: true, encoding: "utf8" }).sort()) {
    const file = path.join(root, entry);
    if (file.endsWith(".sql") || file.endsWith(".toml")) hash.update(entry).update(readFileSync(file));
  }
  return hash.digest("hex");
}

export default function setup(): void {
  mkdirSync(TEST_DB_DIRECTORY, { recursive: true });
  const fingerprintFile = path.join(TEST_DB_DIRECTORY, "base.fingerprint");
  const fingerprint = migrationsFingerprint();
  if (
    existsSync(BASE_DB_FILE) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, "utf8") === fingerprint
  ) {
    return;
  }
  rmSync(BASE_DB_FILE, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: `file:${BASE_DB_FILE}` },
  });
  writeFileSync(fingerprintFile, fingerprint);
}
