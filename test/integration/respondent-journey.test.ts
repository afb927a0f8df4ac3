import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { SCRUB_MARKERS } from "~/privacy/scrub-free-text";
import { RespondentBrowser } from "../support/respondent-browser";
import { MINI_START, MINI_STRAIN } from "../support/mini-answers";
import { createSurvey } from "../support/survey-fixtures";

const WORK_STAYER: [string, string][] = [
  ["years", "4,5"],
  ["role", "1"],
  ["channels", "1"],
  ["channels", "2"],
];

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
});

async function reachReview(browser: RespondentBrowser) {
  expect((await browser.post("/s/mini/p/start", MINI_START)).location).toBe("/s/mini/p/work");
  expect((await browser.post("/s/mini/p/work", WORK_STAYER)).location).toBe("/s/mini/p/strain");
  expect((await browser.post("/s/mini/p/strain", MINI_STRAIN)).location).toBe("/s/mini/review");
}

describe("the respondent's journey", () => {
  it("completes a survey page by page and stores exactly one response with coded answers", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    expect((await browser.get("/s/mini")).location).toBe("/s/mini/p/start");
    expect(await prisma.resumeDraft.count()).toBe(0); // looking stores nothing
    await reachReview(browser);
    expect((await browser.get("/s/mini/review")).status).toBe(200);

    const sent = await browser.post("/s/mini/review");
    expect(sent.location).toBe("/s/mini/thanks");
    // The resume code is gone; only the constant "answered" mark stays (answered-once.test.ts).
    expect([...browser.cookies.keys()]).toEqual(["ns_answered_mini"]);
    const resent = await browser.post("/s/mini/review");
    expect(resent.location).toBe("/s/mini/thanks");

    const responses = await prisma.response.findMany();
    expect(responses).toHaveLength(1);
    const [response] = responses;
    expect(JSON.parse(response?.answers ?? "")).toEqual({
      consent: 1,
      adult: 1,
      years: 4.5,
      role: 1,
      channels: [1, 2],
      b1: 1,
      b2: 2,
      attn: 3,
      b3: 2,
      b4: 4,
      backing: 4,
      recovery: 2,
    });
    expect(response?.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(response?.completion).toBe("complete");
    expect(Number.isInteger(response?.durationSeconds)).toBe(true);
    expect(Object.keys(JSON.parse(response?.pageSeconds ?? "{}"))).toEqual(["start", "work", "strain"]);
    const presentation = JSON.parse(response?.presentation ?? "{}");
    expect([...presentation.rows.freq_block].sort()).toEqual(["attn", "b1", "b2", "b3", "b4"]);
    expect(await prisma.resumeDraft.count()).toBe(0);
  });

  it("answers an invalid page with 400 and field messages, and stores nothing", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    const reply = await browser.post("/s/mini/p/start", [["adult", "1"]]);
    expect(reply.status).toBe(400);
    expect(reply.data).toMatchObject({
      status: "error",
      fieldErrors: { consent: "Tick the box to agree before you continue." },
      values: { adult: "1" },
    });
    expect(await prisma.resumeDraft.count()).toBe(0);
    expect(browser.cookies.size).toBe(0);
  });

  it("screens out ineligible people without keeping anything", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    const reply = await browser.post("/s/mini/p/start", [
      ["consent", "1"],
      ["adult", "2"],
    ]);
    expect(reply.location).toBe("/s/mini/not-eligible?from=start");
    expect(await prisma.resumeDraft.count()).toBe(0);
  });

  it("shows the leavers' page only after 'left support', and drops its answers when that changes", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    await browser.post("/s/mini/p/start", MINI_START);
    await browser.post("/s/mini/p/work", [["role", "3"]]);
    expect((await browser.post("/s/mini/p/strain", MINI_STRAIN)).location).toBe("/s/mini/p/after");
    expect(
      (
        await browser.post("/s/mini/p/after", [
          ["since_left", "2"],
          ["protect", "mail me@x.org"],
        ])
      ).location,
    ).toBe("/s/mini/review");
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    expect(JSON.parse(draft.answers).protect).toBe(`mail ${SCRUB_MARKERS.email}`);

    // Going back and saying "agent" hides the page: its answers go, and the review follows.
    expect((await browser.post("/s/mini/p/work", [["role", "1"]])).location).toBe("/s/mini/p/strain");
    const pruned = JSON.parse((await prisma.resumeDraft.findFirstOrThrow()).answers);
    expect(pruned).not.toHaveProperty("since_left");
    expect(pruned).not.toHaveProperty("protect");
    expect((await browser.get("/s/mini/p/after")).location).toBe("/s/mini/review");
  });

  it("does not let a respondent skip ahead by editing the address", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    expect((await browser.get("/s/mini/p/strain")).location).toBe("/s/mini/p/start");
    await browser.post("/s/mini/p/start", MINI_START);
    expect((await browser.get("/s/mini/p/strain")).location).toBe("/s/mini/p/work");
    expect((await browser.post("/s/mini/p/strain", MINI_STRAIN)).location).toBe("/s/mini/p/work");
    expect((await browser.get("/s/mini/review")).location).toBe("/s/mini/p/work");
  });

  it("resumes on another device with the code, typed loosely, and refuses unknown codes", async () => {
    await createSurvey();
    const phone = new RespondentBrowser();
    await phone.post("/s/mini/p/start", MINI_START);
    const { code } = (await phone.get("/s/mini/saved")).data as { code: string };
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    expect(draft.tokenHash).not.toContain(code.replace(/-/g, ""));

    const laptop = new RespondentBrowser();
    const wrong = await laptop.post("/s/mini/resume", [["code", "AAAA-BBBB-CCCC-DDDD"]]);
    expect(wrong.status).toBe(400);
    expect(wrong.data).toEqual({
      status: "error",
      fieldErrors: { code: expect.stringMatching(/No saved answers match/) },
      formError: null,
      values: { code: "AAAA-BBBB-CCCC-DDDD" },
    });
    const malformed = await laptop.post("/s/mini/resume", [["code", "hello"]]);
    expect(malformed.data).toEqual({
      status: "error",
      fieldErrors: { code: expect.stringMatching(/16-character/) },
      formError: null,
      values: { code: "hello" },
    });

    const resumed = await laptop.post("/s/mini/resume", [
      ["code", ` ${code.toLowerCase().replace(/-/g, " ")} `],
    ]);
    expect(resumed.location).toBe("/s/mini/p/work");
    expect((await laptop.post("/s/mini/p/work", WORK_STAYER)).location).toBe("/s/mini/p/strain");
  });

  it("saves for later without insisting on required answers and shows the code", async () => {
    await createSurvey();
    const browser = new RespondentBrowser();
    await browser.post("/s/mini/p/start", MINI_START);
    const saved = await browser.post("/s/mini/p/work", [
      ["intent", "save"],
      ["years", "200"],
      ["role", "2"],
    ]);
    expect(saved.location).toBe("/s/mini/saved");
    const stored = JSON.parse((await prisma.resumeDraft.findFirstOrThrow()).answers);
    expect(stored).toMatchObject({ role: 2 });
    expect(stored).not.toHaveProperty("years");
    expect((await browser.get("/s/mini")).location).toBe("/s/mini/p/work"); // saved, not completed
    const page = await browser.get("/s/mini/saved");
    expect(page.data).toMatchObject({ code: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/) });
  });

  it("refuses answers to a closed survey and stores nothing", async () => {
    await createSurvey({ status: "closed" });
    const browser = new RespondentBrowser();
    const reply = await browser.post("/s/mini/p/start", MINI_START);
    expect(reply.status).toBe(403);
    expect(reply.data).toMatchObject({
      formError: "This survey has closed and no longer accepts answers. Thank you for your interest.",
    });
    expect(await prisma.resumeDraft.count()).toBe(0);
    expect((await browser.get("/s/mini")).data).toMatchObject({
      title: "Mini survey",
      notice: "This survey has closed and no longer accepts answers. Thank you for your interest.",
    });
  });

  it("keeps the version a respondent started on when a new version is added", async () => {
    const { surveyId, versionId } = await createSurvey();
    const browser = new RespondentBrowser();
    await browser.post("/s/mini/p/start", MINI_START);
    const { addInstrumentVersion } = await import("~/surveys/instrument-versions.server");
    const { miniInstrument } = await import("../fixtures/mini-instrument");
    const next = await addInstrumentVersion(surveyId, {
      ...miniInstrument,
      title: { en: "Mini survey, v2" },
    });
    expect(next.version).toBe(2);
    await browser.post("/s/mini/p/work", WORK_STAYER);
    await browser.post("/s/mini/p/strain", MINI_STRAIN);
    await browser.post("/s/mini/review");
    expect((await prisma.response.findFirstOrThrow()).instrumentVersionId).toBe(versionId);
  });
});
