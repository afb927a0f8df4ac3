import Database from "better-sqlite3";
import { expect, type Page, test } from "@playwright/test";
import { englishFragments, englishLeftovers } from "../support/english-leftovers";
import { answerCurrentPage } from "./support/answer-survey";
import { E2E_DATABASE_FILE } from "./support/e2e-server";
import { BILINGUAL_SURVEY_PATH } from "./support/e2e-surveys";

// A respondent whose browser prefers Spanish answers the bilingual survey (English and Spanish, every text in
// both), at 390 px, with JavaScript off and on. The demo survey is English-only: its validated scales are never
// translated by us.
const fragments = englishFragments("es");

test.use({ locale: "es-ES", viewport: { width: 390, height: 844 } });
// The "phone" project (every respondent spec at 360 px, playwright.config.ts) would only repeat these widths.
test.skip(({ isMobile }) => isMobile, "sets its own screen width");

/** The page is Spanish: its <html lang>, and no English interface text anywhere in it, attributes included. */
async function expectSpanishPage(page: Page, heading: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  expect(englishLeftovers(await page.content(), fragments), page.url()).toEqual([]);
}

/** "Continuar" without answering whether they are adults: the refusal, in Spanish, at the top and at the field. */
async function refuseMissingAnswer(page: Page, javaScript: boolean): Promise<void> {
  await page.getByRole("checkbox", { name: "Acepto", exact: true }).check();
  await page.getByRole("button", { name: "Continuar" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Hay un problema");
  await expect(summary.getByRole("link", { name: "Elija una respuesta." })).toBeVisible();
  // The enhancement module moves focus to the list of problems; without it the page simply shows them.
  if (javaScript) await expect(summary).toBeFocused();
  await expect(page.locator(".field--error")).toContainText("Error: Elija una respuesta.");
  await expect(page.getByRole("checkbox", { name: "Acepto", exact: true })).toBeChecked();
  await expectSpanishPage(page, "Antes de empezar");
}

/** The language switch, a plain form: to English and back to Spanish, on the same page. */
async function switchToEnglishAndBack(page: Page): Promise<void> {
  await page.getByLabel("Idioma").selectOption("en");
  await page.getByRole("button", { name: "Cambiar de idioma" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language").selectOption("es");
  await page.getByRole("button", { name: "Change language" }).click();
  await expectSpanishPage(page, "Antes de empezar");
}

/** The stored response with `note` as its free text: its language, and the number as a number. */
function storedResponse(note: string): { language: string; years: unknown } {
  const database = new Database(E2E_DATABASE_FILE, { readonly: true, fileMustExist: true });
  try {
    const rows = database
      .prepare<[string], { language: string; answers: string }>(
        'SELECT "language", "answers" FROM "Response" WHERE "answers" LIKE ?',
      )
      .all(`%${note}%`);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    return { language: row!.language, years: (JSON.parse(row!.answers) as { years?: unknown }).years };
  } finally {
    database.close();
  }
}

async function answerWholeSurveyInSpanish(page: Page, javaScript: boolean): Promise<void> {
  const note = `nota-${javaScript ? "js" : "html"}-${Date.now().toString(36)}`;
  await page.goto(BILINGUAL_SURVEY_PATH);
  await expectSpanishPage(page, "Antes de empezar");
  await expect(page.getByText("Paso 1 de 3")).toBeVisible();
  await refuseMissingAnswer(page, javaScript);
  await switchToEnglishAndBack(page);
  // The switch is a form of its own: what was ticked on this page but not yet sent is not carried over.
  await page.getByRole("checkbox", { name: "Acepto", exact: true }).check();
  await page.getByRole("radio", { name: "Sí" }).check();
  await page.getByRole("button", { name: "Continuar" }).click();

  await expectSpanishPage(page, "Su trabajo");
  await page.getByRole("textbox", { name: /Años en soporte/ }).fill("2,5");
  await page.getByRole("checkbox", { name: "Teléfono" }).check();
  await page.getByRole("textbox", { name: /¿Algo más\?/ }).fill(note);
  await page.getByRole("button", { name: "Continuar" }).click();

  await expectSpanishPage(page, "Cómo se siente");
  await answerCurrentPage(page);
  await page.getByRole("button", { name: /^Continuar/ }).click();

  await expectSpanishPage(page, "Revise sus respuestas");
  const main = page.getByRole("main");
  await expect(main).toContainText("2,5 años");
  await expect(main).not.toContainText("2.5");
  await page.getByRole("button", { name: "Enviar mis respuestas" }).click();

  await expectSpanishPage(page, "Gracias: hemos recibido sus respuestas");
  expect(storedResponse(note)).toEqual({ language: "es", years: 2.5 });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a respondent answers the whole survey in Spanish, a decimal comma included, and the response says es", async ({
    page,
  }) => {
    test.slow(); // five pages, a refusal and two language switches, with the other worker busy
    await answerWholeSurveyInSpanish(page, false);
  });

  test("?lang=en preselects English; ?lang=fr, not offered, shows Spanish with a notice", async ({
    page,
  }) => {
    await page.goto(`${BILINGUAL_SURVEY_PATH}?lang=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByLabel("Language")).toHaveValue("en");

    await page.goto(`${BILINGUAL_SURVEY_PATH}?lang=fr`);
    await expectSpanishPage(page, "Antes de empezar");
    await expect(page.getByRole("status")).toContainText(
      "Esta encuesta no está disponible en el idioma que pedía su enlace (francés), así que se muestra en español.",
    );
    await expect(page.getByLabel("Idioma")).toHaveValue("es");
  });
});

test.describe("with JavaScript", () => {
  test("switching language mid-page keeps what was typed on the page (the script sends it along)", async ({
    page,
  }) => {
    await page.goto(BILINGUAL_SURVEY_PATH);
    await page.getByRole("checkbox", { name: "Acepto", exact: true }).check();
    await page.getByRole("radio", { name: "Sí" }).check();
    await page.getByRole("button", { name: "Continuar" }).click();
    await expectSpanishPage(page, "Su trabajo");
    await page.getByRole("textbox", { name: /Años en soporte/ }).fill("2,5");
    await page.getByRole("checkbox", { name: "Teléfono" }).check();

    await page.getByLabel("Idioma").selectOption("en");
    await page.getByRole("button", { name: "Cambiar de idioma" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your work");
    await expect(page.getByRole("textbox", { name: /Years in support/ })).toHaveValue("2.5");
    await expect(page.getByRole("checkbox", { name: "Phone" })).toBeChecked();
    await expect(page.getByText("Step 2 of 3")).toBeVisible(); // the same page, not completed by the switch

    await page.getByLabel("Language").selectOption("es");
    await page.getByRole("button", { name: "Change language" }).click();
    await expectSpanishPage(page, "Su trabajo");
    await expect(page.getByRole("textbox", { name: /Años en soporte/ })).toHaveValue("2,5");
  });

  test("a respondent answers the whole survey in Spanish, a decimal comma included, and the response says es", async ({
    page,
  }) => {
    test.slow();
    await answerWholeSurveyInSpanish(page, true);
  });
});

test("a form larger than the site accepts is refused in Spanish, before the app reads it (server.js)", async ({
  request,
  baseURL,
}) => {
  const response = await request.post(`${BILINGUAL_SURVEY_PATH}/p/start`, {
    data: `consent=1&note=${"x".repeat(300 * 1024)}`,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "text/html",
      "Accept-Language": "es-ES,es;q=0.9",
      Origin: baseURL ?? "",
    },
  });
  expect(response.status()).toBe(413);
  const html = await response.text();
  expect(html).toContain('<html lang="es" dir="ltr">');
  expect(html).toContain("<h1>Era demasiado para enviar</h1>");
  expect(englishLeftovers(html, fragments)).toEqual([]);
});
