import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { freeTextRequests } from "../support/free-text-requests";
import { signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "coding";
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const page = freeTextRequests(SLUG, () => researcher);
const TEXTS = ["More staff on the phones.", "A manager who listened.", "Fewer tickets per hour.", "Nothing."];
let responseIds: string[] = [];

const codeIdOf = async (name: string) =>
  (await prisma.freeTextCode.findFirstOrThrow({ where: { name, survey: { slug: SLUG } } })).id;
const create = (name: string, description = "") => page.act({ intent: "code-create", name, description });
const tag = (responseId: string, codeIds: string[]) =>
  page.act({ intent: "tag", responseId, itemId: "protect_text", codeIds });

beforeAll(async () => {
  const { versionId } = await createSurvey({ slug: SLUG, definition: loadDefaultInstrument() });
  responseIds = [];
  for (const text of TEXTS) {
    const response = await prisma.response.create({
      data: {
        instrumentVersionId: versionId,
        answers: JSON.stringify({ consent: 1, protect_text: text }),
        submittedOn: "2026-11-30",
        completion: "complete",
      },
    });
    responseIds.push(response.id);
  }
});

beforeEach(async () => {
  researcher = await signedInResearcher();
});

describe("the free-text codebook", () => {
  it("creates, renames and deletes codes, refusing empty and duplicate names (case ignored)", async () => {
    expect((await create("Staffing", "More people to share the load")).status).toBe(200);
    expect((await create("Management")).status).toBe(200);

    const empty = await create("   ");
    expect(empty.status).toBe(400);
    expect(empty.data).toMatchObject({
      fieldErrors: { name: "Give the code a name." },
      values: { intent: "code-create" },
    });
    const duplicate = await create("staffing");
    expect(duplicate.status).toBe(400);
    expect(duplicate.data).toMatchObject({
      fieldErrors: { name: 'There is already a code called "staffing".' },
    });
    expect((await create("x".repeat(61))).status).toBe(400);

    const management = await codeIdOf("Management");
    const clash = await page.act({
      intent: "code-rename",
      codeId: management,
      name: "STAFFING",
      description: "",
    });
    expect(clash.data).toMatchObject({ fieldErrors: { name: 'There is already a code called "STAFFING".' } });
    const renamed = await page.act({
      intent: "code-rename",
      codeId: management,
      name: "Listening managers",
      description: "A manager who hears it out",
    });
    expect(renamed.data).toMatchObject({ notice: 'The code "Management" is now "Listening managers".' });
    expect((await create("Workload")).status).toBe(200);

    const { codes } = (await page.view()).view!.codebook;
    expect(codes.map((code) => [code.name, code.description])).toEqual([
      ["Listening managers", "A manager who hears it out"],
      ["Staffing", "More people to share the load"],
      ["Workload", null],
    ]);
    const codebookAudit = await prisma.auditEvent.findMany({
      where: { action: "free-text-codebook" },
      orderBy: { at: "asc" },
    });
    expect(codebookAudit.map((event) => event.detail)).toEqual([
      'created code "Staffing"',
      'created code "Management"',
      'renamed code "Management" to "Listening managers"',
      'created code "Workload"',
    ]);
  });

  it("tags answers with codes, counts them per item and deletes a code from every answer", async () => {
    const [staffing, listening, workload] = await Promise.all(
      ["Staffing", "Listening managers", "Workload"].map(codeIdOf),
    );
    const [first, second, third] = responseIds as [string, string, string];
    expect((await tag(first, [staffing!])).status).toBe(200);
    expect((await tag(second, [listening!])).status).toBe(200);
    expect((await tag(third, [staffing!, workload!])).data).toMatchObject({
      notice: `Response ${third} (protect_text) is coded Staffing, Workload.`,
    });
    // Saving again sets the codes to exactly what is ticked.
    await tag(second, [listening!, staffing!]);
    await tag(second, [listening!]);
    expect((await tag(first, ["not-a-code"])).status).toBe(400);
    expect(
      (await page.act({ intent: "tag", responseId: first, itemId: "role", codeIds: [staffing!] })).status,
    ).toBe(404);

    const { view } = await page.view();
    const item = view!.codebook.items.find((entry) => entry.itemId === "protect_text")!;
    expect({ answers: item.answers, coded: item.coded }).toEqual({ answers: 4, coded: 3 });
    expect(item.counts.map((count) => [count.code.name, count.answers])).toEqual([
      ["Listening managers", 1],
      ["Staffing", 2],
      ["Workload", 1],
    ]);
    expect(view!.texts.answers.find((answer) => answer.responseId === third)?.codeIds.sort()).toEqual(
      [staffing, workload].sort(),
    );

    const counts = await (await page.download("code-counts.csv")).text();
    expect(counts.split("\r\n")).toEqual([
      "item_id,question,code,description,answers_with_code,answers_to_item",
      "protect_text,What would have protected you from the strain of support work?,Listening managers,A manager who hears it out,1,4",
      "protect_text,What would have protected you from the strain of support work?,Staffing,More people to share the load,2,4",
      "protect_text,What would have protected you from the strain of support work?,Workload,,1,4",
      "",
    ]);
    const perAnswer = (await (await page.download("answer-codes.csv")).text()).split("\r\n");
    expect(perAnswer[0]).toBe("response_id,item_id,code");
    expect(perAnswer.slice(1, -1).sort()).toEqual(
      [
        `${first},protect_text,Staffing`,
        `${second},protect_text,Listening managers`,
        `${third},protect_text,Staffing`,
        `${third},protect_text,Workload`,
      ].sort(),
    );
    const exports = await prisma.auditEvent.findMany({
      where: { action: "export", target: `survey:${SLUG}` },
    });
    expect(exports.map((event) => JSON.parse(event.detail!).file as string).sort()).toEqual([
      "free-text-answer-codes.csv",
      "free-text-code-counts.csv",
    ]);

    const deleted = await page.act({ intent: "code-delete", codeId: staffing! });
    expect(deleted.data).toMatchObject({
      notice: 'The code "Staffing" is deleted; it was applied to 2 answers.',
    });
    expect(await prisma.freeTextCoding.count({ where: { codeId: staffing! } })).toBe(0);
    expect(await prisma.freeTextCoding.count()).toBe(2);
    expect((await page.act({ intent: "code-delete", codeId: staffing! })).status).toBe(400);
  });
});
