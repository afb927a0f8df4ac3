// PostgreSQL's own log keeps neither client addresses nor statements (docs/deploy.md, "Logs"): read the
// test cluster's log (scripts/ci/postgres-cluster.sh writes it; .ci/run names it in TEST_POSTGRES_LOG)
// after a respondent's journey and a refused statement.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { databaseIsSqlite, prisma } from "~/db.server";
import { MINI_START, MINI_STRAIN, MINI_WORK } from "../support/mini-answers";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const LOG = process.env.TEST_POSTGRES_LOG;
const onPostgresWithLog = !databaseIsSqlite() && LOG !== undefined;

describe.skipIf(!onPostgresWithLog)(
  `the PostgreSQL server's log ${onPostgresWithLog ? "" : "(skipped: runs in the postgresql project when TEST_POSTGRES_LOG is set; .ci/run sets it)"}`,
  () => {
    it("holds no client address, statement or value after a survey and a refused statement", async () => {
      const logged = () => readFileSync(LOG ?? "", "utf8");
      const before = logged().length;
      await createSurvey();
      const browser = new RespondentBrowser();
      expect((await browser.post("/s/mini/p/start", MINI_START)).location).toBe("/s/mini/p/work");
      const secretDigest = "a-value-that-must-not-reach-the-log";
      await prisma.usedFirstPageView.create({ data: { viewDigest: secretDigest, keepUntil: "2999-12-31" } });
      // A duplicate key: PostgreSQL logs an error, and with the default settings it would log the
      // statement and the key's value with it.
      await expect(
        prisma.$executeRawUnsafe(
          `INSERT INTO "UsedFirstPageView" ("viewDigest", "keepUntil") VALUES ('${secretDigest}', '2999-12-31')`,
        ),
      ).rejects.toThrow();
      expect((await browser.post("/s/mini/p/work", MINI_WORK)).location).toBe("/s/mini/p/strain");
      expect((await browser.post("/s/mini/p/strain", MINI_STRAIN)).location).toBe("/s/mini/review");
      expect((await browser.post("/s/mini/review")).location).toBe("/s/mini/thanks");

      // PostgreSQL writes its log asynchronously through the logging collector or stderr: wait for the error line.
      let written = "";
      for (let attempt = 0; attempt < 50 && !written.includes("duplicate key"); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        written = logged().slice(before);
      }
      expect(written).toContain("duplicate key value violates unique constraint"); // the check can fail
      expect(written).not.toMatch(/\b127\.0\.0\.1\b|localhost|::1/);
      expect(written).not.toContain(secretDigest);
      expect(written).not.toMatch(/STATEMENT:|DETAIL:|connection (authorized|received)/);
      expect(written).not.toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/); // no time either
    });
  },
);
