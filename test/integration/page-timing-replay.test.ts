// Page-timing stamps are bound to the respondent's draft and to one page view, and a reused one
// counts 0 seconds (docs/security.md, "Plausible time"). The clock is moved by hand, never slept on.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { RespondentBrowser } from "../support/respondent-browser";
import { type FormFields, MINI_START, MINI_STRAIN } from "../support/mini-answers";
import { createSurvey } from "../support/survey-fixtures";
import { handClock, viewPage } from "../support/timed-journey";

type Fields = FormFields;
const WORK: Fields = [
  ["years", "4"],
  ["role", "1"],
  ["channels", "2"],
];
const PAGES: [string, Fields][] = [
  ["start", MINI_START],
  ["work", WORK],
  ["strain", MINI_STRAIN],
];

let clock: ReturnType<typeof handClock>;

beforeEach(async () => {
  clock = handClock();
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.usedFirstPageView.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  await createSurvey();
});
afterEach(() => clock.stop());

const send = (browser: RespondentBrowser, pageId: string, fields: Fields, shown: string, intent = "next") =>
  browser.post(`/s/mini/p/${pageId}`, [...fields, ["shown", shown], ["intent", intent]]);

async function storedResponses() {
  const rows = await prisma.response.findMany({ select: { flags: true, pageSeconds: true } });
  return rows.map((row) => ({
    flags: JSON.parse(row.flags) as string[],
    pageSeconds: JSON.parse(row.pageSeconds) as Record<string, number>,
  }));
}

describe("a stamp replayed across drafts", () => {
  it("gives ten automated completions from one set of stamps no time, so every one is flagged too-fast", async () => {
    // The attack: view each page once, wait, then replay those stamps in many fresh sessions.
    const scout = new RespondentBrowser();
    const stamps: Record<string, string> = { start: await viewPage(scout, "/s/mini/p/start") };
    expect((await send(scout, "start", MINI_START, await viewPage(scout, "/s/mini/p/start"))).status).toBe(
      302,
    );
    stamps.work = await viewPage(scout, "/s/mini/p/work");
    expect((await send(scout, "work", WORK, stamps.work)).status).toBe(302);
    stamps.strain = await viewPage(scout, "/s/mini/p/strain");
    clock.pass(3600);

    for (let run = 0; run < 10; run += 1) {
      const bot = new RespondentBrowser();
      for (const [pageId, fields] of PAGES)
        expect((await send(bot, pageId, fields, stamps[pageId] ?? "")).status).toBe(302);
      expect((await bot.post("/s/mini/review")).location).toBe("/s/mini/thanks");
    }

    const responses = await storedResponses();
    expect(responses).toHaveLength(10);
    for (const response of responses) {
      expect(response.flags).toEqual(["too-fast"]);
      // Stamps of the scout's draft count nothing in another draft.
      expect(response.pageSeconds).toMatchObject({ work: 0, strain: 0 });
    }
    // The unused first-page view counts once (capped at 30 minutes), in the first draft it started only.
    expect(
      responses.map((response) => response.pageSeconds.start).sort((a, b) => (a ?? 0) - (b ?? 0)),
    ).toEqual([...Array(9).fill(0), 1800]);
    // What makes the replay visible keeps no clock time and names no draft.
    const used = await prisma.usedFirstPageView.findMany();
    expect(used).toHaveLength(2); // the scout's own first view and the replayed one
    for (const row of used) {
      expect(Object.keys(row).sort()).toEqual(["keepUntil", "viewDigest"]);
      expect(row.keepUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("one view, one count", () => {
  it("counts a view once in its own draft: sending the same stamp again adds nothing", async () => {
    const browser = new RespondentBrowser();
    expect(
      (await send(browser, "start", MINI_START, await viewPage(browser, "/s/mini/p/start"))).status,
    ).toBe(302);
    const shown = await viewPage(browser, "/s/mini/p/work");
    clock.pass(60);
    expect((await send(browser, "work", WORK, shown, "save")).location).toBe("/s/mini/saved");
    clock.pass(600);
    expect((await send(browser, "work", WORK, shown, "save")).location).toBe("/s/mini/saved");
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    expect(JSON.parse(draft.pageSeconds)).toMatchObject({ work: 60 });
    expect(JSON.parse(draft.countedViews)).toEqual({ start: 1, work: 1 });
  });

  it("counts a stamp from another page as 0", async () => {
    const browser = new RespondentBrowser();
    expect(
      (await send(browser, "start", MINI_START, await viewPage(browser, "/s/mini/p/start"))).status,
    ).toBe(302);
    const startAgain = await viewPage(browser, "/s/mini/p/start");
    await viewPage(browser, "/s/mini/p/work");
    clock.pass(120);
    expect((await send(browser, "work", WORK, startAgain)).location).toBe("/s/mini/p/strain");
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    expect(JSON.parse(draft.pageSeconds)).toMatchObject({ work: 0 });
  });

  it("counts a tampered stamp as 0", async () => {
    const browser = new RespondentBrowser();
    const [shownAt = "", nonce = "", signature = ""] = (await viewPage(browser, "/s/mini/p/start")).split(
      ".",
    );
    clock.pass(30);
    // Claiming the page was shown an hour earlier breaks the signature.
    expect(
      (await send(browser, "start", MINI_START, `${Number(shownAt) - 3600}.${nonce}.${signature}`)).status,
    ).toBe(302);
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    expect(JSON.parse(draft.pageSeconds)).toEqual({ start: 0 });
    expect(JSON.parse(draft.countedViews)).toEqual({});
  });
});

describe("a person answering at their own pace", () => {
  it("is not flagged, going back, re-answering and correcting a mistake included, and every second counts", async () => {
    const browser = new RespondentBrowser();
    let shown = await viewPage(browser, "/s/mini/p/start");
    clock.pass(30);
    expect((await send(browser, "start", MINI_START, shown)).location).toBe("/s/mini/p/work");

    shown = await viewPage(browser, "/s/mini/p/work");
    clock.pass(5);
    // A mistake: the page comes back with the same view's stamp, so the clock keeps running.
    const refused = await send(
      browser,
      "work",
      [
        ["years", "99"],
        ["role", "1"],
      ],
      shown,
    );
    expect(refused.status).toBe(400);
    expect((refused.data as { values: { shown: string } }).values.shown).toBe(shown);
    clock.pass(35);
    expect((await send(browser, "work", WORK, shown)).location).toBe("/s/mini/p/strain");

    shown = await viewPage(browser, "/s/mini/p/strain");
    clock.pass(10);
    expect((await send(browser, "strain", [], shown, "back")).location).toBe("/s/mini/p/work");
    shown = await viewPage(browser, "/s/mini/p/work"); // a new view of a page answered before
    clock.pass(20);
    expect(
      (
        await send(
          browser,
          "work",
          [
            ["years", "5"],
            ["role", "2"],
            ["channels", "1"],
          ],
          shown,
        )
      ).location,
    ).toBe("/s/mini/p/strain");

    shown = await viewPage(browser, "/s/mini/p/strain");
    clock.pass(50);
    expect((await send(browser, "strain", MINI_STRAIN, shown)).location).toBe("/s/mini/review");
    // "Change" from the review page is a new view too.
    shown = await viewPage(browser, "/s/mini/p/start");
    clock.pass(8);
    expect((await send(browser, "start", MINI_START, shown)).status).toBe(302);
    expect((await browser.post("/s/mini/review")).location).toBe("/s/mini/thanks");

    expect(await storedResponses()).toEqual([
      { flags: [], pageSeconds: { start: 38, work: 60, strain: 60 } },
    ]);
    expect((await prisma.response.findFirstOrThrow()).durationSeconds).toBe(158);
  });
});
