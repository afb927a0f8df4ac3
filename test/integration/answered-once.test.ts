import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { RespondentBrowser } from "../support/respondent-browser";
import { MINI_PAGES } from "../support/mini-answers";
import { createSurvey } from "../support/survey-fixtures";

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  await createSurvey();
});

async function answerAll(browser: RespondentBrowser) {
  for (const [page, entries] of MINI_PAGES) await browser.post(`/s/mini/p/${page}`, entries);
  expect((await browser.post("/s/mini/review")).location).toBe("/s/mini/thanks");
}

// Issue 15, item 12: the same browser could answer again straight after the thank-you page.
describe("a browser that has sent its answers", () => {
  it("is told it has already answered, and the mark is a constant cookie, not a stored record", async () => {
    const browser = new RespondentBrowser();
    await answerAll(browser);
    expect([...browser.cookies.keys()]).toEqual(["ns_answered_mini"]);
    const tablesBefore = {
      responses: await prisma.response.count(),
      drafts: await prisma.resumeDraft.count(),
    };
    expect((await browser.get("/s/mini")).location).toBe("/s/mini/p/start");
    expect((await browser.get("/s/mini/p/start")).location).toBe("/s/mini/answered");
    expect(await browser.get("/s/mini/answered")).toMatchObject({
      status: 200,
      data: { title: "Mini survey" },
    });
    expect({ responses: await prisma.response.count(), drafts: await prisma.resumeDraft.count() }).toEqual(
      tablesBefore,
    );
    // The same mark on another browser (copied) says the same and identifies nobody: it is one fixed value.
    const other = new RespondentBrowser();
    await answerAll(other);
    expect(other.cookies.get("ns_answered_mini")).toBe(browser.cookies.get("ns_answered_mini"));
  });

  it("lets someone else on a shared device start their own answers", async () => {
    const browser = new RespondentBrowser();
    await answerAll(browser);
    const fresh = await browser.post("/s/mini/answered");
    expect(fresh.location).toBe("/s/mini");
    expect(browser.cookies.size).toBe(0);
    expect((await browser.get("/s/mini/p/start")).status).toBe(200);
    await answerAll(browser);
    expect(await prisma.response.count()).toBe(2);
  });

  it("sends a browser that has not answered from the notice to the survey", async () => {
    expect((await new RespondentBrowser().get("/s/mini/answered")).location).toBe("/s/mini");
  });
});
