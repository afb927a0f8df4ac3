import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSignInRateLimiter,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from "~/auth/sign-in-rate-limit.server";
import { createSubmissionRateMonitor } from "~/security/submission-rate.server";

// The sign-in limit and the rate alarm through two PostgreSQL connections (two app instances), on a database
// made from this round's PostgreSQL migration alone (decision 046). The client is generated here from the
// SQLite schema with the provider switched, so the test needs nothing but a server.
const serverUrl = process.env.TEST_POSTGRES_URL;
const MIGRATION = "prisma/postgresql/migrations/20261202210000_shared_rate_limits_and_alarm/migration.sql";
const folder = path.resolve("test-results/postgresql-shared-state");

type Client = { $disconnect(): Promise<void> };
type LimiterDb = NonNullable<NonNullable<Parameters<typeof createSignInRateLimiter>[0]>["db"]>;
type MonitorDb = NonNullable<NonNullable<Parameters<typeof createSubmissionRateMonitor>[0]>["db"]>;

function generatePostgresClient(): string {
  mkdirSync(folder, { recursive: true });
  const schema = readFileSync("prisma/schema.prisma", "utf8")
    .replace(/provider = "sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"[^"]*"/, `output = "${path.join(folder, "client")}"`);
  writeFileSync(path.join(folder, "schema.prisma"), schema);
  execFileSync("npx", ["prisma", "generate", "--schema", path.join(folder, "schema.prisma")], {
    stdio: "ignore",
  });
  return path.join(folder, "client", "client.ts");
}

describe.skipIf(!serverUrl)(
  "state across instances on PostgreSQL (skipped: TEST_POSTGRES_URL is not set)",
  () => {
    const databaseName = `ns_shared_state_${randomUUID().replaceAll("-", "")}`;
    const clients: Client[] = [];
    let instances: [unknown, unknown];

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${databaseName}"`);
      await admin.end();
      const databaseUrl = new URL(serverUrl!);
      databaseUrl.pathname = `/${databaseName}`;
      const migrate = new pg.Client({ connectionString: databaseUrl.href });
      await migrate.connect();
      await migrate.query(readFileSync(MIGRATION, "utf8"));
      await migrate.end();
      const { PrismaClient } = (await import(/* @vite-ignore */ generatePostgresClient())) as {
        PrismaClient: new (options: { adapter: PrismaPg }) => Client;
      };
      for (let index = 0; index < 2; index++) {
        clients.push(new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl.href }) }));
      }
      instances = [clients[0], clients[1]];
    }, 60_000);

    afterAll(async () => {
      for (const client of clients) await client.$disconnect();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}"`);
      await admin.end();
    });

    it("failures counted on two instances at once add up to one account limit and one address limit", async () => {
      const secret = () => "one secret shared by every instance";
      const limiters = instances.map((db) => createSignInRateLimiter({ db: db as LimiterDb, secret }));
      const account = `ana-${randomUUID()}@example.org`;
      await Promise.all(
        Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, (_, attempt) =>
          limiters[attempt % 2]!.recordFailure(account, `10.0.0.${attempt}`),
        ),
      );
      for (const limiter of limiters) expect((await limiter.check(account, "10.9.9.9")).allowed).toBe(false);
      await limiters[1]!.recordSuccess(account);
      expect((await limiters[0]!.check(account, "10.9.9.9")).allowed).toBe(true);

      await Promise.all(
        Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, attempt) =>
          limiters[attempt % 2]!.recordFailure(`guess${attempt}@example.org`, "192.0.2.7"),
        ),
      );
      expect((await limiters[0]!.check("someone@example.org", "192.0.2.7")).allowed).toBe(false);
    });

    it("the alarm's counts from two instances counting at once are all kept, in one row per period", async () => {
      const monitors = instances.map((db) => createSubmissionRateMonitor({ db: db as MonitorDb }));
      const survey = `survey-${randomUUID()}`;
      await Promise.all(
        monitors.flatMap((monitor) => Array.from({ length: 30 }, () => monitor.record(survey, ["refused"]))),
      );
      for (const monitor of monitors) expect((await monitor.report(survey)).recentRefused).toBe(60);
    });
  },
);
