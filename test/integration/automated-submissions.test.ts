import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createInvitationCodes, redeemInvitationCode } from "~/invitations/invitation-codes.server";
import { minimumPlausibleSeconds } from "~/security/plausible-time";
import { submissionRateAlarm } from "~/security/submission-rate.server";
import { miniInstrument } from "../fixtures/mini-instrument";
import { RespondentBrowser } from "../support/respondent-browser";
import { type FormFields, MINI_START, MINI_STRAIN } from "../support/mini-answers";
import { createSurvey } from "../support/survey-fixtures";
import { handClock, viewPage } from "../support/timed-journey";

const WORK: FormFields = [["role", "1"]];
const PAGES: [string, FormFields][] = [
  ["start", MINI_START],
  ["work", WORK],
  ["strain", MINI_STRAIN],
];

let clock: ReturnType<typeof handClock>;
afterEach(() => clock.stop());

beforeEach(async () => {
  clock = handClock();
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.invitationCode.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
});

/** Walks the mini survey, spending `secondsPerPage` on each page between showing and sending it. */
async function answerAll(browser: RespondentBrowser, secondsPerPage: number) {
  for (const [pageId, fields] of PAGES) {
    const shown = await viewPage(browser, `/s/mini/p/${pageId}`);
    clock.pass(secondsPerPage);
    expect((await browser.post(`/s/mini/p/${pageId}`, [...fields, ["shown", shown]])).status).toBe(302);
  }
}

describe("the honeypot", () => {
  it("refuses a survey page whose hidden field was filled, saying why, storing nothing, and counting it", async () => {
    const { surveyId } = await createSurvey();
    const reply = await new RespondentBrowser().post("/s/mini/p/start", [
      ...MINI_START,
      ["hp_extra", "https://spam.example"],
    ]);
    expect(reply.status).toBe(400);
    expect(reply.data).toMatchObject({
      status: "error",
      formError: expect.stringMatching(/field meant to stay empty/),
      values: { consent: ["1"], adult: ["1"] },
    });
    expect(await prisma.resumeDraft.count()).toBe(0);
    expect((await submissionRateAlarm(surveyId)).recentRefused).toBe(1);
  });

  it("keeps a whole survey whose final form had it filled, flagged for the lab", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    await answerAll(browser, 60);
    expect((await browser.post("/s/mini/review", [["hp_extra", "x"]])).location).toBe("/s/mini/thanks");
    expect(JSON.parse((await prisma.response.findFirstOrThrow()).flags)).toEqual(["honeypot"]);
  });
});

describe("the minimum plausible time per page", () => {
  it("is a second per answer asked for, matrix rows included", () => {
    const [start, work, strain] = miniInstrument.pages;
    expect(minimumPlausibleSeconds(start!, {})).toBe(2);
    expect(minimumPlausibleSeconds(work!, {})).toBe(3);
    expect(minimumPlausibleSeconds(strain!, {})).toBe(7); // 5 matrix rows and 2 questions
  });

  it("flags a response answered faster than a person can, and leaves a plausible one unflagged", async () => {
    const { surveyId } = await createSurvey();
    const fast = new RespondentBrowser();
    await answerAll(fast, 1);
    await fast.post("/s/mini/review", [["hp_extra", ""]]);
    const human = new RespondentBrowser();
    await answerAll(human, 45);
    await human.post("/s/mini/review", [["hp_extra", ""]]);

    const flags = (await prisma.response.findMany({ select: { flags: true, durationSeconds: true } })).map(
      (row) => [JSON.parse(row.flags), row.durationSeconds],
    );
    expect(flags).toEqual(
      expect.arrayContaining([
        [["too-fast"], 3],
        [[], 135],
      ]),
    );
    expect(await submissionRateAlarm(surveyId)).toMatchObject({ recentFlagged: 1, alarm: false });
  });
});

describe("invitation codes", () => {
  it("open one response each, are marked used with the day only, and are never linked to the response", async () => {
    const { surveyId } = await createSurvey();
    const other = await createSurvey({ slug: "other" });
    const codes = await createInvitationCodes(surveyId, 3);
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const stored = await prisma.invitationCode.findMany();
    for (const row of stored)
      for (const code of codes) expect(row.codeHash).not.toContain(code.replace(/-/g, ""));

    const [first = ""] = codes;
    expect(await redeemInvitationCode(surveyId, ` ${first.toLowerCase().replace(/-/g, " ")} `)).toBe(
      "accepted",
    );
    expect(await redeemInvitationCode(surveyId, first)).toBe("already-used");
    expect(await redeemInvitationCode(other.surveyId, codes[1] ?? "")).toBe("unknown");
    expect(await redeemInvitationCode(surveyId, "AAAA-BBBB-CCCC")).toBe("unknown");
    expect(await redeemInvitationCode(surveyId, "' OR 1=1 --")).toBe("unknown");

    const browser = new RespondentBrowser();
    await answerAll(browser, 30);
    await browser.post("/s/mini/review", [["hp_extra", ""]]);
    const response = await prisma.response.findFirstOrThrow();
    const used = await prisma.invitationCode.findFirstOrThrow({ where: { usedOn: { not: null } } });
    expect(used.usedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(used).sort()).toEqual(["codeHash", "id", "surveyId", "usedOn"]);
    const responseText = JSON.stringify(response);
    expect(responseText).not.toContain(used.id);
    expect(responseText).not.toContain(used.codeHash);
    expect(await prisma.invitationCode.count({ where: { usedOn: { not: null } } })).toBe(1);
  });
});
