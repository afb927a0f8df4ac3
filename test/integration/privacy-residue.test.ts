import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

// "Ineligible people leave nothing behind": not in the tables, and not as deleted bytes in the file.
describe("deleted drafts", () => {
  it("leave no readable remains in the database file once checkpointed", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    await browser.post("/s/mini/p/start", [
      ["consent", "1"],
      ["adult", "1"],
    ]);
    await browser.post("/s/mini/p/work", [["role", "3"]]);
    await browser.post("/s/mini/p/strain", [["b1", "1"]]);
    await browser.post("/s/mini/p/after", [["protect", "QZXV residue 7731"]]);
    expect(await prisma.resumeDraft.count()).toBe(1);

    // Back to the first page, now not eligible: the draft is deleted.
    expect(
      (
        await browser.post("/s/mini/p/start", [
          ["consent", "1"],
          ["adult", "2"],
        ])
      ).location,
    ).toBe("/s/mini/not-eligible?from=start");
    expect(await prisma.resumeDraft.count()).toBe(0);
    await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");

    const file = (process.env.DATABASE_URL ?? "").slice("file:".length);
    expect(readFileSync(file).includes(Buffer.from("QZXV residue 7731"))).toBe(false);
  });
});
