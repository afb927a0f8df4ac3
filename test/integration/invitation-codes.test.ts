// A survey that requires invitation codes, from the respondent's side: the code is a field on the
// first page, used once when the draft is created, and never linked to the draft or the response.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createInvitationCodes } from "~/invitations/invitation-codes.server";
import { INVITATION_CODE_FIELD } from "~/invitations/invitation-code-field";
import { RespondentBrowser, type Reply } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const START: [string, string][] = [
  ["consent", "1"],
  ["adult", "1"],
];
const withCode = (code: string): [string, string][] => [...START, [INVITATION_CODE_FIELD, code]];

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.invitationCode.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
});

async function invitationSurvey(codes = 2) {
  const { surveyId } = await createSurvey();
  await prisma.survey.update({ where: { id: surveyId }, data: { requiresInvitation: true } });
  return { surveyId, codes: await createInvitationCodes(surveyId, codes) };
}

const usedCount = () => prisma.invitationCode.count({ where: { usedOn: { not: null } } });

function errorsOf(reply: Reply): Record<string, string> {
  return (reply.data as { fieldErrors: Record<string, string> }).fieldErrors;
}

async function expectNothingStored(browser: RespondentBrowser) {
  expect(await prisma.resumeDraft.count()).toBe(0);
  expect(await prisma.response.count()).toBe(0);
  expect(await usedCount()).toBe(0);
  expect(browser.cookies.size).toBe(0);
}

describe("a survey that requires an invitation code", () => {
  it("asks for the code on the first page only, and only before the respondent has a draft", async () => {
    const { codes } = await invitationSurvey();
    const browser = new RespondentBrowser();
    expect((await browser.get("/s/mini/p/start")).data).toMatchObject({ asksForInvitation: true });
    await browser.post("/s/mini/p/start", withCode(codes[0] ?? ""));
    expect((await browser.get("/s/mini/p/start")).data).toMatchObject({ asksForInvitation: false });
    expect((await browser.get("/s/mini/p/work")).data).toMatchObject({ asksForInvitation: false });
  });

  it.each([
    ["missing", "", /^Enter the invitation code/],
    ["blank", "   ", /^Enter the invitation code/],
    ["not a code", "hello", /^This is not an invitation code for this survey/],
    ["another survey's or made up", "ABCD-EFGH-JKMN", /^This is not an invitation code for this survey/],
    ["an SQL fragment", "' OR 1=1 --", /^This is not an invitation code for this survey/],
    ["too long", "A".repeat(101), /too long to be an invitation code/],
  ])("refuses a %s code with 400 and a message on its field, storing nothing", async (_, code, message) => {
    await invitationSurvey();
    const browser = new RespondentBrowser();
    const reply = await browser.post("/s/mini/p/start", withCode(code));
    expect(reply.status).toBe(400);
    expect(errorsOf(reply)[INVITATION_CODE_FIELD]).toMatch(message);
    expect((reply.data as { values: Record<string, string> }).values).toMatchObject({
      [INVITATION_CODE_FIELD]: code,
      adult: "1",
    });
    await expectNothingStored(browser);
  });

  it("refuses a first page sent without the field at all", async () => {
    await invitationSurvey();
    const browser = new RespondentBrowser();
    const reply = await browser.post("/s/mini/p/start", START);
    expect(reply.status).toBe(400);
    expect(errorsOf(reply)[INVITATION_CODE_FIELD]).toMatch(/^Enter the invitation code/);
    await expectNothingStored(browser);
  });

  it("reports a bad code together with the page's own problems, and keeps a good code unused when the answers are wrong", async () => {
    const { codes } = await invitationSurvey();
    const browser = new RespondentBrowser();
    const both = await browser.post("/s/mini/p/start", [
      ["adult", "1"],
      [INVITATION_CODE_FIELD, "nope"],
    ]);
    expect(both.status).toBe(400);
    expect(Object.keys(errorsOf(both)).sort()).toEqual(["consent", INVITATION_CODE_FIELD]);
    const answersOnly = await browser.post("/s/mini/p/start", [
      ["adult", "1"],
      [INVITATION_CODE_FIELD, codes[0] ?? ""],
    ]);
    expect(answersOnly.status).toBe(400);
    expect(Object.keys(errorsOf(answersOnly))).toEqual(["consent"]);
    await expectNothingStored(browser);
  });

  it("refuses the field sent twice as a malformed form", async () => {
    const { codes } = await invitationSurvey();
    const browser = new RespondentBrowser();
    const reply = await browser.post("/s/mini/p/start", [
      ...withCode(codes[0] ?? ""),
      [INVITATION_CODE_FIELD, codes[1] ?? ""],
    ]);
    expect(reply.status).toBe(400);
    expect(reply.data).toMatchObject({ formError: expect.stringMatching(/fields it does not have/) });
    await expectNothingStored(browser);
  });

  it("opens the survey with a valid code, typed loosely, marks it used with the day only and links it to nothing", async () => {
    const { codes } = await invitationSurvey(3);
    const [code = ""] = codes;
    const browser = new RespondentBrowser();
    const opened = await browser.post(
      "/s/mini/p/start",
      withCode(` ${code.toLowerCase().replace(/-/g, " ")} `),
    );
    expect(opened.location).toBe("/s/mini/p/work");

    const rows = await prisma.invitationCode.findMany({ orderBy: { usedOn: "asc" } });
    const used = rows.filter((row) => row.usedOn !== null);
    expect(used).toHaveLength(1);
    const [usedRow] = used;
    expect(usedRow?.usedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(usedRow ?? {}).sort()).toEqual(["codeHash", "id", "surveyId", "usedOn"]);
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    const traces = [usedRow?.id ?? "", usedRow?.codeHash ?? "", code, code.replace(/-/g, "")];
    for (const trace of traces) expect(JSON.stringify(draft)).not.toContain(trace);
    expect(JSON.parse(draft.answers)).toEqual({ consent: 1, adult: 1 });

    await browser.post("/s/mini/p/work", []);
    await browser.post("/s/mini/p/strain", []);
    expect((await browser.post("/s/mini/review")).location).toBe("/s/mini/thanks");
    const response = await prisma.response.findFirstOrThrow();
    for (const trace of traces) expect(JSON.stringify(response)).not.toContain(trace);
    expect(await usedCount()).toBe(1);
  });

  it("refuses a code that was used before, and a respondent who already started keeps going", async () => {
    const { codes } = await invitationSurvey();
    const [code = ""] = codes;
    const first = new RespondentBrowser();
    expect((await first.post("/s/mini/p/start", withCode(code))).location).toBe("/s/mini/p/work");

    const second = new RespondentBrowser();
    const reply = await second.post("/s/mini/p/start", withCode(code));
    expect(reply.status).toBe(400);
    expect(errorsOf(reply)[INVITATION_CODE_FIELD]).toMatch(/already been used/);
    expect(second.cookies.size).toBe(0);
    expect(await prisma.resumeDraft.count()).toBe(1);

    // The first respondent goes back to the first page and on again: no code asked, none used.
    expect((await first.post("/s/mini/p/start", START)).location).toBe("/s/mini/p/work");
    expect(await usedCount()).toBe(1);
  });

  it("lets exactly one of two simultaneous attempts with the same code start", async () => {
    const { codes } = await invitationSurvey();
    const [code = ""] = codes;
    const browsers = [new RespondentBrowser(), new RespondentBrowser(), new RespondentBrowser()];
    const replies = await Promise.all(
      browsers.map((browser) => browser.post("/s/mini/p/start", withCode(code))),
    );
    expect(replies.filter((reply) => reply.location === "/s/mini/p/work")).toHaveLength(1);
    const refused = replies.filter((reply) => reply.status === 400);
    expect(refused).toHaveLength(2);
    for (const reply of refused) expect(errorsOf(reply)[INVITATION_CODE_FIELD]).toMatch(/already been used/);
    expect(await prisma.resumeDraft.count()).toBe(1);
    expect(await usedCount()).toBe(1);
    expect(browsers.filter((browser) => browser.cookies.size > 0)).toHaveLength(1);
  });

  it("does not use the code of someone screened out", async () => {
    const { codes } = await invitationSurvey();
    const browser = new RespondentBrowser();
    const reply = await browser.post("/s/mini/p/start", [
      ["consent", "1"],
      ["adult", "2"],
      [INVITATION_CODE_FIELD, codes[0] ?? ""],
    ]);
    expect(reply.location).toBe("/s/mini/not-eligible?from=start");
    await expectNothingStored(browser);
  });

  it("keeps resume codes working on another device, without asking for the invitation again", async () => {
    const { codes } = await invitationSurvey();
    const phone = new RespondentBrowser();
    await phone.post("/s/mini/p/start", withCode(codes[0] ?? ""));
    const { code } = (await phone.get("/s/mini/saved")).data as { code: string };
    const laptop = new RespondentBrowser();
    expect((await laptop.post("/s/mini/resume", [["code", code]])).location).toBe("/s/mini/p/work");
    expect((await laptop.post("/s/mini/p/work", [])).location).toBe("/s/mini/p/strain");
  });
});

describe("a survey that does not require invitation codes", () => {
  it("behaves as before: no field asked, and a stray code field is refused as a field the page does not have", async () => {
    const { surveyId } = await createSurvey();
    const [code = ""] = await createInvitationCodes(surveyId, 1);
    const browser = new RespondentBrowser();
    expect((await browser.get("/s/mini/p/start")).data).toMatchObject({ asksForInvitation: false });
    const stray = await browser.post("/s/mini/p/start", withCode(code));
    expect(stray.status).toBe(400);
    expect(stray.data).toMatchObject({ formError: expect.stringMatching(/fields it does not have/) });
    expect((await browser.post("/s/mini/p/start", START)).location).toBe("/s/mini/p/work");
    expect(await usedCount()).toBe(0);
  });
});
