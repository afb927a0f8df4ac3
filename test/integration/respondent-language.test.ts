import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { bilingualInstrument } from "../fixtures/bilingual-instrument";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";
import { MAX_FORM_FIELDS } from "~/security/form-body.server";
import { TRANSLATIONS } from "~/i18n/catalogs";
import { respondentRefusalWords } from "~/respondent/refusal-page.server";

const spanishCatalog = TRANSLATIONS.get("es")!;

const START: [string, string][] = [
  ["consent", "1"],
  ["adult", "1"],
];
const WORK: [string, string][] = [["years", "3"]];
const FEEL: [string, string][] = [
  ["r1", "1"],
  ["r2", "2"],
];

type PageData = {
  chrome: { language: string; dir: string };
  languageSwitch: { options: { value: string; name: string }[]; current: string } | null;
  languageNotice: string | null;
  formAction?: string;
  text?: { next: string };
};
const pageData = (reply: { data: unknown }) => reply.data as PageData;

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
});

describe("choosing the survey's language", () => {
  it("opens in the browser's most wanted language the survey offers, without storing anything", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "fr, es-ES;q=0.8, en;q=0.5" });
    const page = pageData(await browser.get("/s/bilingue/p/start"));
    expect(page.chrome).toEqual(expect.objectContaining({ language: "es", dir: "ltr" }));
    expect(page.text?.next).toBe("Continuar");
    expect(page.languageSwitch?.options).toEqual([
      { value: "en", name: "English" },
      { value: "es", name: "Español" },
    ]);
    expect(page.languageNotice).toBeNull();
    expect(browser.cookies.size).toBe(0);
    expect(await prisma.resumeDraft.count()).toBe(0);
  });

  it("preselects ?lang= from the survey link over the browser's wish, and keeps it in the draft and the response", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    expect((await browser.get("/s/bilingue?lang=en")).location).toBe("/s/bilingue/p/start?lang=en");
    const start = pageData(await browser.get("/s/bilingue/p/start?lang=en"));
    expect(start.chrome.language).toBe("en");
    // Before there is a draft, the language travels in the address the form posts to.
    expect(start.formAction).toBe("/s/bilingue/p/start?lang=en");
    expect((await browser.post("/s/bilingue/p/start?lang=en", START)).location).toBe("/s/bilingue/p/work");
    expect(pageData(await browser.get("/s/bilingue/p/work")).chrome.language).toBe("en");
    await browser.post("/s/bilingue/p/work", WORK);
    await browser.post("/s/bilingue/p/feel", FEEL);
    // The browser would pick Spanish, so the thank-you address says English.
    expect((await browser.post("/s/bilingue/review")).location).toBe("/s/bilingue/thanks?lang=en");
    expect((await prisma.response.findMany()).map((response) => response.language)).toEqual(["en"]);
  });

  it("falls back to the best match, with a notice, when ?lang= names a language the survey does not offer", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    const page = pageData(await browser.get("/s/bilingue/p/start?lang=de"));
    expect(page.chrome.language).toBe("es");
    expect(page.languageNotice).toBe(
      "Esta encuesta no está disponible en el idioma que pedía su enlace (alemán), así que se muestra en español.",
    );
    const nonsense = pageData(await browser.get("/s/bilingue/p/start?lang=%3Cscript%3E"));
    expect(nonsense.languageNotice).toContain("(<script>)");
  });

  it("offers no switch when the survey has one complete language (German is listed, but has no catalog)", async () => {
    await createSurvey();
    const browser = new RespondentBrowser({ "Accept-Language": "de" });
    const page = pageData(await browser.get("/s/mini/p/start"));
    expect(page.chrome.language).toBe("en");
    expect(page.languageSwitch).toBeNull();
  });
});

describe("the language switch, without JavaScript", () => {
  it("before a draft, returns to the same page with the choice in its address", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    const reply = await browser.post("/s/bilingue/language", [
      ["language", "en"],
      ["back", "/s/bilingue/p/start?lang=es"],
    ]);
    expect(reply.location).toBe("/s/bilingue/p/start?lang=en");
    expect(await prisma.resumeDraft.count()).toBe(0);
  });

  it("with a draft, keeps the choice in it and returns to the same page", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    await browser.post("/s/bilingue/p/start", START);
    expect((await prisma.resumeDraft.findFirst())?.language).toBe("es");
    const reply = await browser.post("/s/bilingue/language", [
      ["language", "en"],
      ["back", "/s/bilingue/p/work"],
    ]);
    expect(reply.location).toBe("/s/bilingue/p/work");
    expect((await prisma.resumeDraft.findFirst())?.language).toBe("en");
    expect(pageData(await browser.get("/s/bilingue/p/work")).chrome.language).toBe("en");
  });

  it("keeps the page's answers when the switch sends them along (intent language, from the page script)", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    await browser.post("/s/bilingue/p/start", START);
    const reply = await browser.post("/s/bilingue/p/work", [
      ["years", "2,5"],
      ["intent", "language"],
      ["_language", "en"],
    ]);
    expect(reply.location).toBe("/s/bilingue/p/work");
    const draft = await prisma.resumeDraft.findFirstOrThrow();
    expect(draft.language).toBe("en");
    expect(JSON.parse(draft.answers)).toMatchObject({ years: 2.5 });
    expect(JSON.parse(draft.completedPages)).toEqual(["start"]); // switching is not "Continue"
    const page = await browser.get("/s/bilingue/p/work");
    expect(pageData(page).chrome.language).toBe("en");
    expect((page.data as { values: Record<string, string> }).values.years).toBe("2.5");
    // Back in Spanish, the number is written as a Spanish respondent types it.
    await browser.post("/s/bilingue/language", [
      ["language", "es"],
      ["back", "/s/bilingue/p/work"],
    ]);
    expect(
      ((await browser.get("/s/bilingue/p/work")).data as { values: Record<string, string> }).values.years,
    ).toBe("2,5");
    await browser.post("/s/bilingue/language", [
      ["language", "en"],
      ["back", "/s/bilingue/p/work"],
    ]);
    // A language the survey does not offer keeps the current one; the answers are still kept.
    await browser.post("/s/bilingue/p/work", [
      ["years", "4"],
      ["intent", "language"],
      ["_language", "de"],
    ]);
    const after = await prisma.resumeDraft.findFirstOrThrow();
    expect([after.language, JSON.parse(after.answers).years]).toEqual(["en", 4]);
  });

  it("before a draft, the switch sent with the first page shows it in the chosen language and stores nothing", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    const reply = await browser.post("/s/bilingue/p/start", [
      ...START,
      ["intent", "language"],
      ["_language", "en"],
    ]);
    expect(reply.location).toBe("/s/bilingue/p/start?lang=en");
    expect(await prisma.resumeDraft.count()).toBe(0);
  });

  it("ignores a language the survey does not offer and never sends anyone off the survey", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    await browser.post("/s/bilingue/p/start", START);
    for (const back of [
      "//evil.example/s/bilingue/",
      "https://evil.example/",
      "/s/other/p/start",
      "/s/bilingue/\\x",
    ]) {
      const reply = await browser.post("/s/bilingue/language", [
        ["language", "en"],
        ["back", back],
      ]);
      expect(reply.location).toBe("/s/bilingue");
    }
    await browser.post("/s/bilingue/language", [
      ["language", "de"],
      ["back", "/s/bilingue/p/work"],
    ]);
    expect((await prisma.resumeDraft.findFirst())?.language).toBe("en");
  });
});

describe("refusals in the respondent's language", () => {
  const formError = (reply: { data: unknown }) => (reply.data as { formError: string | null }).formError;

  it("answers a Spanish respondent whose survey closed mid-way in Spanish, on the page and the review, storing nothing", async () => {
    const { surveyId } = await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    await browser.post("/s/bilingue/p/start", START);
    await prisma.survey.update({ where: { id: surveyId }, data: { status: "closed" } });
    for (const path of ["/s/bilingue/p/work", "/s/bilingue/review"]) {
      const reply = await browser.post(path, WORK);
      expect(reply.status).toBe(403);
      expect(formError(reply)).toBe(spanishCatalog.messages["survey.closed"]);
    }
    expect(await prisma.response.count()).toBe(0);
  });

  it("refuses a form with more fields than the site reads in the respondent's language, changing nothing", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const browser = new RespondentBrowser({ "Accept-Language": "es" });
    await browser.post("/s/bilingue/p/start", START);
    const draftBefore = await prisma.resumeDraft.findFirstOrThrow();
    const tooMany = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, index): [string, string] => [
      `f${index}`,
      "1",
    ]);
    const reply = await browser.post("/s/bilingue/p/work", tooMany);
    expect(reply.status).toBe(413);
    expect(formError(reply)).toBe(spanishCatalog.messages["refusal.tooLarge"]);
    expect(await prisma.resumeDraft.findFirstOrThrow()).toEqual(draftBefore);
    const english = await new RespondentBrowser({ "Accept-Language": "en" }).post(
      "/s/bilingue/resume",
      tooMany,
    );
    expect(formError(english)).toBe(
      "The form was larger than this site accepts. Nothing was saved; shorten your answers and try again.",
    );
  });

  it("words server.js's refusal page for a survey page in the respondent's language, and leaves other pages English", async () => {
    await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
    const spanish = { headers: { "Accept-Language": "es" } };
    const words = await respondentRefusalWords(
      new Request("http://localhost/s/bilingue/p/work", spanish),
      413,
    );
    expect(words).toEqual({
      language: "es",
      dir: "ltr",
      title: spanishCatalog.messages["refusal.tooLargeTitle"],
      body: spanishCatalog.messages["refusal.tooLarge"],
      back: spanishCatalog.messages["refusal.back"],
    });
    const unreadable = await respondentRefusalWords(
      new Request("http://localhost/s/bilingue/review", spanish),
      411,
    );
    expect(unreadable?.title).toBe(spanishCatalog.messages["refusal.unreadableTitle"]);
    expect(await respondentRefusalWords(new Request("http://localhost/sign-in", spanish), 413)).toBeNull();
    await expect(
      respondentRefusalWords(new Request("http://localhost/s/nowhere/p/x", spanish), 413),
    ).rejects.toThrow();
  });
});
