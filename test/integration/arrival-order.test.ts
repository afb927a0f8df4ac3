// Issue 11, item 2: a copy of the database must not say who answered before whom. People answer one
// after another through the real routes; a forensic reader (test/support/sqlite-pages.ts) lists the
// rows of every table and index of the respondent tables in the order their cells lie in the file,
// and Spearman's ρ against the order they arrived in must stay under 0.3 after the documented
// maintenance (server/arrival-order.js) and in a backup — and, so that the test can fail, be large
// before it. (Exclusions and hidden free text are made by researchers, not by arrivals.)
import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma, sqliteConnection } from "~/db.server";
import {
  copyWithoutArrivalOrder,
  openForMaintenance,
  removeArrivalOrder,
} from "../../server/arrival-order.js";
import {
  arrivalOrderCorrelations,
  measuresAtLeast,
  type OrderCorrelation,
} from "../support/arrival-order-correlations";
import { invitationSurvey, respondInKnownOrder } from "../support/arrival-order-scenario";
import { seedSqliteRandom } from "../support/seeded-randomness";

// Keys stay random-looking but reproducible: test/support/seeded-randomness.ts says why.
vi.mock("node:crypto", async (importOriginal) => {
  const { seededCrypto } = await import("../support/seeded-randomness");
  return { ...(await importOriginal<Record<string, unknown>>()), ...seededCrypto(11) };
});
beforeAll(() => seedSqliteRandom(sqliteConnection(), 12));

const PEOPLE = 120; // 60 responses and 60 drafts that stay, each opened with an invitation code
const HIDDEN = 0.3; // the bound on |ρ|
const PLAIN = 0.6;
const liveFile = (process.env.DATABASE_URL ?? "").slice("file:".length);
const backupDirectory = mkdtempSync(path.join(tmpdir(), "ns-arrival-"));
afterAll(() => rmSync(backupDirectory, { recursive: true, force: true }));

const checkpoint = () => prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
const measures = (correlations: OrderCorrelation[]) => correlations.map(({ measure }) => measure);
const walBytes = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

describe("arrival order in the database file", () => {
  it("is in the raw pages before maintenance, and in neither the maintained file nor a backup", async () => {
    const { codeList, listOrder } = await invitationSurvey(PEOPLE);
    await checkpoint();
    // Codes are written in another order than the lab's list, with random rowids.
    expect(measuresAtLeast(arrivalOrderCorrelations(liveFile, listOrder), HIDDEN)).toEqual([]);

    // People use their codes in an order unlike the list's (7 is coprime to 120).
    const arrival = await respondInKnownOrder(
      codeList.map((_, person) => codeList[(person * 7) % PEOPLE] ?? ""),
    );
    expect([arrival.Response?.size, arrival.ResumeDraft?.size]).toEqual([60, 60]);
    await checkpoint();
    const before = arrivalOrderCorrelations(liveFile, arrival);
    const plainlyVisible = before.filter(({ rho }) => Math.abs(rho) >= PLAIN).map(({ measure }) => measure);
    expect(plainlyVisible).toEqual(
      expect.arrayContaining([
        "index Response_instrumentVersionId_submittedOn_idx", // the finding
        "index sqlite_autoindex_Response_1",
        "overflow pages of Response",
        "index ResumeDraft_expiresOn_idx",
        "index sqlite_autoindex_ResumeDraft_1",
        "index ResumeDraft_tokenHash_key, within pages",
        "overflow pages of ResumeDraft",
        "table InvitationCode, within pages", // a used code's row grows and moves
        "index sqlite_autoindex_UsedFirstPageView_1, within pages",
      ]),
    );

    const backupFile = path.join(backupDirectory, "backup.db");
    const maintenance = openForMaintenance(liveFile);
    try {
      copyWithoutArrivalOrder(maintenance, backupFile); // before the maintenance: a backup needs none
      expect(removeArrivalOrder(maintenance).walEmptied).toBe(true);
    } finally {
      maintenance.close();
    }

    const after = arrivalOrderCorrelations(liveFile, arrival);
    expect(measures(after)).toEqual(measures(before));
    expect(measuresAtLeast(after, HIDDEN)).toEqual([]);
    expect(measuresAtLeast(arrivalOrderCorrelations(liveFile, listOrder), HIDDEN)).toEqual([]);
    expect(walBytes(liveFile)).toBe(0);

    const inBackup = arrivalOrderCorrelations(backupFile, arrival);
    expect(measures(inBackup)).toEqual(measures(before));
    expect(measuresAtLeast(inBackup, HIDDEN)).toEqual([]);
    expect(walBytes(backupFile)).toBe(0);
    const backup = new Database(backupFile, { readonly: true });
    expect(backup.prepare('SELECT count(*) AS n FROM "Response"').get()).toEqual({ n: 60 });
    backup.close();
  }, 120_000);
});
