import { existsSync, readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseIsSqlite, prisma } from "~/db.server";
import { REDACTION_MARKER } from "~/limits";
import { databaseFileFromUrl } from "../../server/data-store.js";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { freeTextRequests } from "../support/free-text-requests";
import { signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "redaction";
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const page = freeTextRequests(SLUG, () => researcher);
let versionId = "";

// Names no other fixture writes, so finding their bytes anywhere in the files means they were kept.
const NAME = "Quorblex Corp (Jane Zyndrawicz)";
const SHORT = `I was supported by ${NAME}, and ${NAME} again later.`;
// Longer than a 4 KiB page: the answer spills onto overflow pages, which the update frees.
const LONG = `${"The queue never emptied. ".repeat(200)}Ask Hildegarde Wumpelmeyer about it.`;

const answerOf = async (id: string) =>
  (
    JSON.parse((await prisma.response.findUniqueOrThrow({ where: { id } })).answers) as Record<
      string,
      unknown
    >
  ).protect_text;

async function respond(text: string): Promise<string> {
  const response = await prisma.response.create({
    data: {
      instrumentVersionId: versionId,
      answers: JSON.stringify({ consent: 1, protect_text: text }),
      submittedOn: "2026-11-30",
      completion: "complete",
    },
  });
  return response.id;
}

/** Every file SQLite keeps for the database: the file itself, its WAL and shared memory. */
function databaseBytes(): Buffer {
  const file = databaseFileFromUrl(process.env.DATABASE_URL);
  return Buffer.concat(
    [file, `${file}-wal`, `${file}-shm`].filter((path) => existsSync(path)).map((path) => readFileSync(path)),
  );
}

/**
 * The files PostgreSQL keeps the response table in (its heap and its TOAST table, where a long answer
 * goes): a rewrite gives them new numbers and deletes the old files, with the old rows' bytes.
 */
async function responseTableFiles(): Promise<string> {
  const [row] = await prisma.$queryRawUnsafe<{ files: string }[]>(
    `SELECT pg_relation_filenode(oid)::text || '/' || pg_relation_filenode(reltoastrelid)::text AS files
     FROM pg_class WHERE oid = '"Response"'::regclass`,
  );
  return row!.files;
}

beforeAll(async () => {
  ({ versionId } = await createSurvey({ slug: SLUG, definition: loadDefaultInstrument() }));
});

beforeEach(async () => {
  researcher = await signedInResearcher();
});

describe("redacting part of a free-text answer", () => {
  it("replaces every occurrence in the stored answer, audits without the text, and keeps no copy in the file", async () => {
    const id = await respond(SHORT);
    const longId = await respond(LONG);
    // SQLite: the check below can see what is there. PostgreSQL: the table's files before the rewrite.
    if (databaseIsSqlite()) expect(databaseBytes().includes(NAME)).toBe(true);
    const filesBefore = databaseIsSqlite() ? "" : await responseTableFiles();

    const done = await page.act({ intent: "redact", responseId: id, itemId: "protect_text", passage: NAME });
    expect(done.status).toBe(200);
    expect(done.data).toMatchObject({ status: "success", notice: expect.stringContaining("2 times") });
    expect(await answerOf(id)).toBe(
      `I was supported by ${REDACTION_MARKER}, and ${REDACTION_MARKER} again later.`,
    );
    const longDone = await page.act({
      intent: "redact",
      responseId: longId,
      itemId: "protect_text",
      passage: "Hildegarde Wumpelmeyer",
    });
    expect(longDone.status).toBe(200);
    expect(await answerOf(longId)).toMatch(/Ask \[redacted\] about it\.$/);

    const audit = await prisma.auditEvent.findMany({ where: { action: "free-text-redacted" } });
    expect(audit.map((event) => event.detail)).toEqual([
      `response ${id}, item protect_text: 2 passage(s), ${2 * NAME.length} characters`,
      `response ${longId}, item protect_text: 1 passage(s), 22 characters`,
    ]);
    expect(audit.every((event) => event.researcherId === researcher.id)).toBe(true);

    // The door said the old text is gone from the database's own files (no "until the next maintenance run").
    for (const outcome of [done, longDone])
      expect(outcome.data).toMatchObject({ notice: expect.stringMatching(/the original is not kept\.$/) });
    if (databaseIsSqlite()) {
      // Nothing of the originals is left in the database file, its WAL or anywhere else SQLite writes.
      const bytes = databaseBytes();
      expect(bytes.includes("Zyndrawicz")).toBe(false);
      expect(bytes.includes("Wumpelmeyer")).toBe(false);
      expect(bytes.includes(REDACTION_MARKER)).toBe(true);
    } else {
      // PostgreSQL keeps an overwritten row as a dead version in the table's files: the table (and its TOAST
      // table) was rewritten into new files, which hold only the rows as they are now.
      expect(await responseTableFiles()).not.toBe(filesBefore);
    }
    const view = (await page.view()).view!;
    expect(view.texts.answers.find((answer) => answer.responseId === id)?.text).not.toContain("Jane");
  });

  it("refuses a passage that is not in the answer, with a message on the field, and changes nothing", async () => {
    const id = await respond("Our manager, Tom Ferris, listened.");
    const auditBefore = await prisma.auditEvent.count();
    const refuse = async (passage: string) =>
      page.act({ intent: "redact", responseId: id, itemId: "protect_text", passage });

    const wrongCase = await refuse("tom ferris");
    expect(wrongCase.status).toBe(400);
    expect(wrongCase.data).toMatchObject({
      fieldErrors: { passage: expect.stringMatching(/^That passage is not in this answer/) },
      values: { intent: "redact", responseId: id, passage: "tom ferris" },
    });
    expect((await refuse("   ")).data).toMatchObject({
      fieldErrors: { passage: "Type the passage to redact, exactly as it appears in the answer." },
    });
    expect(await answerOf(id)).toBe("Our manager, Tom Ferris, listened.");
    expect(await prisma.auditEvent.count()).toBe(auditBefore);

    // Not a free-text answer of this survey: 404, as hiding is.
    expect((await page.act({ intent: "redact", responseId: id, itemId: "role", passage: "x" })).status).toBe(
      404,
    );
    expect(
      (await page.act({ intent: "redact", responseId: "nope", itemId: "protect_text", passage: "x" })).status,
    ).toBe(404);
  });
});
