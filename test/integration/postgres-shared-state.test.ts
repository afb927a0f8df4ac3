import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma-postgresql/client";
import {
  createSignInRateLimiter,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
} from "~/auth/sign-in-rate-limit.server";
import { createSubmissionRateMonitor } from "~/security/submission-rate.server";
import { freshMigratedDatabase, type TestDatabase } from "../support/postgres-database";

// The sign-in limit and the rate alarm through two PostgreSQL clients (two app instances) on one freshly
// migrated database (decision 046).
const serverUrl = process.env.TEST_POSTGRES_URL;

type LimiterDb = NonNullable<NonNullable<Parameters<typeof createSignInRateLimiter>[0]>["db"]>;
type MonitorDb = NonNullable<NonNullable<Parameters<typeof createSubmissionRateMonitor>[0]>["db"]>;

describe.skipIf(!serverUrl)(
  `state across instances on PostgreSQL ${serverUrl ? "" : "(skipped: TEST_POSTGRES_URL is not set)"}`,
  () => {
    let database: TestDatabase;
    const clients: PrismaClient[] = [];
    let instances: [unknown, unknown];

    beforeAll(async () => {
      database = await freshMigratedDatabase("shared");
      for (let index = 0; index < 2; index++)
        clients.push(new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) }));
      instances = [clients[0], clients[1]];
    }, 60_000);

    afterAll(async () => {
      for (const client of clients) await client.$disconnect();
      await database?.drop();
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
