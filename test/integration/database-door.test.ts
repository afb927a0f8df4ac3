// The two connections of app/db.server.ts (docs/decisions/016): Prisma's and the app's own, opened the
// same way, seeing each other's commits, closed together.
import { describe, expect, it } from "vitest";
import { get, insertUnordered } from "~/database/sql";
import { prisma, readCommitted, sqliteConnection, writeTransaction } from "~/db.server";

const PRAGMAS = ["journal_mode", "synchronous", "foreign_keys", "secure_delete", "busy_timeout"] as const;
// WAL; synchronous=FULL (2), so an acknowledged answer survives a power cut; deleted rows overwritten.
const EXPECTED = {
  journal_mode: "wal",
  synchronous: 2,
  foreign_keys: 1,
  secure_delete: 1,
  busy_timeout: 5000,
};

/** The one column a PRAGMA answers (Prisma gives integers as bigint). */
const valueOf = (row: unknown) => {
  const value: unknown = Object.values(row ?? {})[0];
  return typeof value === "bigint" ? Number(value) : value;
};

describe("the database door", () => {
  it("opens Prisma's connection and the app's with the same PRAGMAs", async () => {
    for (const pragma of PRAGMAS) {
      const [viaPrisma] = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${pragma}`);
      const viaApp = await readCommitted(() => get(`PRAGMA ${pragma}`));
      expect([pragma, valueOf(viaPrisma)]).toEqual([pragma, EXPECTED[pragma]]);
      expect([pragma, valueOf(viaApp)]).toEqual([pragma, EXPECTED[pragma]]);
    }
  });

  it("lets each connection read what the other committed", async () => {
    await writeTransaction(() =>
      insertUnordered("UsedFirstPageView", { viewDigest: "written-by-the-app", keepUntil: "2999-12-31" }),
    );
    expect(
      await prisma.usedFirstPageView.findUnique({ where: { viewDigest: "written-by-the-app" } }),
    ).not.toBeNull();
    await prisma.usedFirstPageView.create({
      data: { viewDigest: "written-by-prisma", keepUntil: "2999-12-31" },
    });
    const read = await readCommitted(() =>
      get('SELECT "viewDigest" FROM "UsedFirstPageView" WHERE "viewDigest" = ?', "written-by-prisma"),
    );
    expect(read).toEqual({ viewDigest: "written-by-prisma" });
  });

  it("closes the app's connection when Prisma disconnects, and opens it again on next use", async () => {
    const before = sqliteConnection();
    await prisma.survey.count();
    await prisma.$disconnect();
    expect(before.open).toBe(false);
    const after = sqliteConnection();
    expect(after).not.toBe(before);
    expect(after.open).toBe(true);
    expect(await prisma.survey.count()).toBe(0);
  });
});
