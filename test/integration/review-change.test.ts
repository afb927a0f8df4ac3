import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { RespondentBrowser } from "../support/respondent-browser";
import { MINI_START, MINI_STRAIN } from "../support/mini-answers";
import { createSurvey } from "../support/survey-fixtures";

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  await createSurvey();
});

/** A respondent who has answered every page as someone still in support and is on the review. */
async function atReview(): Promise<RespondentBrowser> {
  const browser = new RespondentBrowser();
  await browser.post("/s/mini/p/start", MINI_START);
  await browser.post("/s/mini/p/work", [
    ["years", "4"],
    ["role", "1"],
  ]);
  expect((await browser.post("/s/mini/p/strain", MINI_STRAIN)).location).toBe("/s/mini/review");
  return browser;
}

const answers = async () => JSON.parse((await prisma.resumeDraft.findFirstOrThrow()).answers);

// Issue 15: "Change" on the review used to walk the respondent through every following page again.
describe("changing an answer from the review", () => {
  it("a page opened from the review posts back to its marked address and offers the way back", async () => {
    const browser = await atReview();
    const page = await browser.get("/s/mini/p/work?return=review");
    expect(page.data).toMatchObject({
      formAction: "/s/mini/p/work?return=review",
      reviewPath: "/s/mini/review",
    });
    expect((await browser.get("/s/mini/p/work")).data).toMatchObject({
      formAction: undefined,
      reviewPath: null,
    });
  });

  it("saves the change and goes straight back to the review", async () => {
    const browser = await atReview();
    const changed = await browser.post("/s/mini/p/work?return=review", [
      ["years", "9"],
      ["role", "1"],
    ]);
    expect(changed.location).toBe("/s/mini/review");
    expect(await answers()).toMatchObject({ years: 9, role: 1, b1: 1 });
  });

  it("first asks the questions a change opens, then returns to the review", async () => {
    const browser = await atReview();
    const opened = await browser.post("/s/mini/p/work?return=review", [
      ["years", "4"],
      ["role", "3"],
    ]);
    expect(opened.location).toBe("/s/mini/p/after?return=review");
    const answered = await browser.post("/s/mini/p/after?return=review", [["since_left", "2"]]);
    expect(answered.location).toBe("/s/mini/review");
    expect(await answers()).toMatchObject({ role: 3, since_left: 2 });
  });

  it("keeps an invalid change on the page with its message, and leaves ordinary navigation alone", async () => {
    const browser = await atReview();
    const refused = await browser.post("/s/mini/p/work?return=review", [["years", "-3"]]);
    expect(refused.status).toBe(400);
    expect(await answers()).toMatchObject({ years: 4 });
    // Without the mark (Back, then Continue), the next page follows as before.
    const onward = await browser.post("/s/mini/p/work", [
      ["years", "5"],
      ["role", "1"],
    ]);
    expect(onward.location).toBe("/s/mini/p/strain");
    expect((await browser.post("/s/mini/p/work?return=review", [["intent", "back"]])).location).toBe(
      "/s/mini/p/start",
    );
  });
});
