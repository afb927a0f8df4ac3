// The database itself keeps instrument versions once answered, published finding versions, withdrawals
// and the audit trail as they are, on PostgreSQL as on SQLite: these mirror the SQLite trigger checks in
// skeleton-routes, findings, lab-publishing and lab-audit, through the PostgreSQL client and adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma-postgresql/client";
import {
  freshMigratedDatabase,
  POSTGRES_SKIP_REASON,
  TEST_POSTGRES_URL,
  type TestDatabase,
} from "../support/postgres-database";

describe.skipIf(!TEST_POSTGRES_URL)(`PostgreSQL keeps what must not change ${POSTGRES_SKIP_REASON}`, () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await freshMigratedDatabase("triggers");
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  const survey = (slug: string) => prisma.survey.create({ data: { slug, title: slug, status: "open" } });

  it("an instrument version can change until it has responses; then neither change nor deletion", async () => {
    const { id: surveyId } = await survey("frozen-check");
    const version = await prisma.instrumentVersion.create({
      data: { surveyId, version: 1, definition: "{}", contentHash: "h1" },
    });
    await prisma.instrumentVersion.update({ where: { id: version.id }, data: { definition: '{"a":1}' } });
    await prisma.response.create({
      data: {
        instrumentVersionId: version.id,
        answers: "{}",
        completion: "complete",
        submittedOn: "2026-11-25",
      },
    });
    await expect(
      prisma.instrumentVersion.update({ where: { id: version.id }, data: { definition: '{"a":2}' } }),
    ).rejects.toThrow(/instrument version has responses and cannot change; create a new version/);
    await expect(prisma.instrumentVersion.delete({ where: { id: version.id } })).rejects.toThrow(
      /instrument version has responses and cannot be deleted/,
    );
    const stored = await prisma.instrumentVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(stored.definition).toBe('{"a":1}');
  });

  it("a published finding version cannot change; its publisher's link may still be cleared", async () => {
    const { id: surveyId } = await survey("finding-check");
    const publisher = await prisma.researcher.create({ data: { email: "p@example.org", passwordHash: "x" } });
    const finding = await prisma.finding.create({ data: { slug: "support-protects", surveyId } });
    const row = await prisma.findingVersion.create({
      data: {
        findingId: finding.id,
        version: 1,
        title: "Frozen",
        summary: "s",
        narrative: "n",
        snapshot: "{}",
        publishedById: publisher.id,
      },
    });
    for (const data of [{ title: "Edited" }, { snapshot: '{"x":1}' }, { version: 2 }])
      await expect(prisma.findingVersion.update({ where: { id: row.id }, data })).rejects.toThrow(
        /a published finding version cannot change; publish a new version/,
      );
    // ON DELETE SET NULL edits only publishedById, which the trigger leaves alone (as on SQLite).
    await prisma.researcher.delete({ where: { id: publisher.id } });
    const stored = await prisma.findingVersion.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toEqual({ ...row, publishedById: null });
  });

  it("a withdrawal needs a reason, and once made it is final, with its date and reason", async () => {
    const { id: surveyId } = await survey("withdraw-check");
    const { slug } = await prisma.finding.create({ data: { slug: "pub-finding", surveyId } });
    const withdrawnAt = new Date("2026-12-01T00:00:00Z");
    for (const withdrawnReason of [null, "  "])
      await expect(
        prisma.finding.update({ where: { slug }, data: { withdrawnAt, withdrawnReason } }),
      ).rejects.toThrow(/a withdrawal needs a reason/);
    await prisma.finding.update({ where: { slug }, data: { withdrawnAt, withdrawnReason: "flawed data" } });
    for (const data of [{ withdrawnAt: null }, { withdrawnReason: "other" }, { withdrawnAt: new Date() }])
      await expect(prisma.finding.update({ where: { slug }, data })).rejects.toThrow(
        /a withdrawn finding stays withdrawn, with its date and reason/,
      );
    expect(await prisma.finding.findUniqueOrThrow({ where: { slug } })).toMatchObject({
      withdrawnAt,
      withdrawnReason: "flawed data",
    });
  });

  it("an audit entry cannot be edited or deleted, through the client or in plain SQL", async () => {
    const researcher = await prisma.researcher.create({
      data: { email: "a@example.org", passwordHash: "x" },
    });
    const event = await prisma.auditEvent.create({
      data: { researcherId: researcher.id, action: "sign-in", target: "lab" },
    });
    await expect(
      prisma.auditEvent.update({ where: { id: event.id }, data: { detail: "nothing happened" } }),
    ).rejects.toThrow();
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "detail" = 'x'`)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/cannot be deleted/);
    // TRUNCATE skips row triggers; a statement trigger refuses it too.
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/cannot be deleted/);
    // An account with entries cannot be deleted either: ON DELETE SET NULL would edit its entries.
    await expect(prisma.researcher.delete({ where: { id: researcher.id } })).rejects.toThrow();
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});
