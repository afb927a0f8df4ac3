// What a respondent sees while the arrival-order maintenance (or any other connection) holds the
// write lock: pages keep coming, and "Continue" waits for the lock — longer than SQLite's busy
// timeout if need be — then stores the answers; it never fails.
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { insertUnordered } from "~/database/sql";
import { prisma, SQLITE_BUSY_TIMEOUT_MS, writeTransaction } from "~/db.server";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a respondent's write while another connection holds the write lock", () => {
  it("waits without stopping page views, past the busy timeout, and is stored once the lock is released", async () => {
    await createSurvey();
    await prisma.resumeDraft.count(); // open Prisma's connection before the lock is taken
    const other = new Database((process.env.DATABASE_URL ?? "").slice("file:".length));
    other.exec("BEGIN IMMEDIATE");
    try {
      const respondent = new RespondentBrowser();
      let answered = false;
      const sending = respondent
        .post("/s/mini/p/start", [
          ["consent", "1"],
          ["adult", "1"],
        ])
        .finally(() => (answered = true));

      await pause(SQLITE_BUSY_TIMEOUT_MS + 500);
      expect(answered).toBe(false);
      // Another person opens a page meanwhile: served, not stuck behind the waiting write.
      expect((await new RespondentBrowser().get("/s/mini/p/start")).status).toBe(200);
      expect(answered).toBe(false);

      other.exec("COMMIT");
      expect((await sending).location).toBe("/s/mini/p/work");
      expect(await prisma.resumeDraft.count()).toBe(1);
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      other.close();
    }
  });

  it("waits while a Prisma transaction is open, so it never commits between that transaction's read and write", async () => {
    // The app's writes have a connection of their own (docs/decisions/016). Committed between a Prisma
    // transaction's read and its write, they would make SQLite refuse that write (SQLITE_BUSY_SNAPSHOT).
    const { surveyId } = await createSurvey({ slug: "in-a-transaction" });
    let committed = false;
    await prisma.$transaction(async (transaction) => {
      await transaction.survey.findUniqueOrThrow({ where: { id: surveyId } });
      void writeTransaction(() =>
        insertUnordered("UsedFirstPageView", { viewDigest: "a-view", keepUntil: "2999-12-31" }),
      ).then(() => (committed = true));
      await pause(100);
      expect(committed).toBe(false);
      await transaction.survey.update({ where: { id: surveyId }, data: { title: "Renamed" } });
    });
    await vi.waitFor(() => expect(committed).toBe(true));
    expect(
      await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { title: true } }),
    ).toEqual({
      title: "Renamed",
    });
    expect(await prisma.usedFirstPageView.count()).toBe(1);
  });
});
