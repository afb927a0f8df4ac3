import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { bilingualInstrument } from "../fixtures/bilingual-instrument";
import { englishFragments, englishLeftovers } from "../support/english-leftovers";
import { renderRespondentPage } from "../support/render-respondent-page";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const SPANISH = { "Accept-Language": "es-MX,es;q=0.9,en;q=0.4" };
const START: [string, string][] = [
  ["consent", "1"],
  ["adult", "1"],
];
let fragments: string[] = [];

beforeAll(() => {
  fragments = englishFragments("es");
});

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  await createSurvey({ slug: "bilingue", definition: bilingualInstrument });
});

function request(browser: RespondentBrowser, path: string, form?: [string, string][]): Request {
  const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const headers: Record<string, string> = { ...SPANISH, ...(cookie ? { Cookie: cookie } : {}) };
  if (!form) return new Request(`http://localhost${path}`, { headers });
  headers["Content-Type"] = "application/x-www-form-urlencoded";
  return new Request(`http://localhost${path}`, { method: "POST", headers, body: new URLSearchParams(form) });
}

/** Renders a page (a POST renders the refused page) and returns its HTML, failing on a redirect. */
async function render(browser: RespondentBrowser, path: string, form?: [string, string][]): Promise<string> {
  const rendered = await renderRespondentPage(request(browser, path, form));
  if ("redirect" in rendered) throw new Error(`${path} redirected to ${rendered.redirect}`);
  return rendered.html;
}

describe("every respondent page in Spanish", () => {
  it("the leftover check finds English catalog text and English chrome words", () => {
    expect(fragments).toContain("Save and finish later");
    expect(englishLeftovers("<p>Guardar y terminar más tarde</p>", fragments)).toEqual([]);
    expect(englishLeftovers("<summary>Save and finish later</summary>", fragments)).toContain(
      "Save and finish later",
    );
    expect(englishLeftovers('<p aria-label="Resume code A B">AB</p>', fragments)).not.toEqual([]);
    expect(englishLeftovers("<p>Paso 1 de 3</p><button>Back</button>", fragments)).toContain("Back");
  });

  it("shows no English on any page, from consent to thanks, including refusals", async () => {
    const browser = new RespondentBrowser(SPANISH);
    const pages: [string, string][] = [];
    const visit = async (name: string, path: string, form?: [string, string][]) => {
      pages.push([name, await render(browser, path, form)]);
    };
    await visit("consent", "/s/bilingue/p/start");
    await visit("consent refused", "/s/bilingue/p/start", [["adult", "1"]]);
    expect((await browser.post("/s/bilingue/p/start", START)).location).toBe("/s/bilingue/p/work");
    await visit("work", "/s/bilingue/p/work");
    await visit("work refused", "/s/bilingue/p/work", [
      ["years", "2.3"],
      ["channels", "1"],
      ["channels", "5"],
      ["note", "x".repeat(501)],
    ]);
    expect(
      (
        await browser.post("/s/bilingue/p/work", [
          ["years", "4,5"],
          ["intent", "save"],
        ])
      ).location,
    ).toBe("/s/bilingue/saved");
    await visit("saved", "/s/bilingue/saved");
    await visit("resume", "/s/bilingue/resume");
    await visit("resume refused", "/s/bilingue/resume", [["code", "nope"]]);
    expect((await browser.post("/s/bilingue/p/work", [["years", "4,5"]])).location).toBe(
      "/s/bilingue/p/feel",
    );
    await visit("feel", "/s/bilingue/p/feel");
    await visit("feel refused", "/s/bilingue/p/feel", [["r1", "1"]]);
    await browser.post("/s/bilingue/p/feel", [
      ["r1", "1"],
      ["r2", "3"],
    ]);
    await visit("review", "/s/bilingue/review");
    expect((await browser.post("/s/bilingue/review")).location).toBe("/s/bilingue/thanks");
    await visit("thanks", "/s/bilingue/thanks");
    await visit("answered", "/s/bilingue/answered");
    const screenedOut = new RespondentBrowser(SPANISH);
    const out = await screenedOut.post("/s/bilingue/p/start", [
      ["consent", "1"],
      ["adult", "2"],
    ]);
    expect(out.location).toBe("/s/bilingue/not-eligible?from=start");
    await visit("not eligible", out.location ?? "");

    expect(pages).toHaveLength(13);
    for (const [name, html] of pages) {
      expect({ page: name, english: englishLeftovers(html, fragments) }).toEqual({ page: name, english: [] });
      expect(html, name).toContain('data-lang="es"');
    }
    // Numbers in the review follow Spanish conventions.
    expect(Object.fromEntries(pages)["review"]).toContain("4,5 años");
    // The refusals are there, in Spanish.
    const refused = Object.fromEntries(pages)["work refused"] ?? "";
    expect(refused).toContain("Hay un problema");
    expect(refused).toContain("Escriba un número de 0 a 50 en pasos de 0,5.");
    expect(refused).toContain("«Ninguno de estos» no se puede combinar con otras respuestas.");
  });
});
