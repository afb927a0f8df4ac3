import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LanguagesSection } from "~/components/lab/languages-section";
import { prisma } from "~/db.server";
import { TRANSLATIONS } from "~/i18n/catalogs";
import { translationCatalogSchema } from "~/i18n/catalog-types";
import type { LanguageCompleteness } from "~/lab/language-completeness";
import { action as overviewAction, loader as overviewLoader } from "~/routes/lab.surveys.$slug._index";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import { instrumentDefinitionSchema } from "../../instrument/definition-schema";
import { localizedTexts } from "../../instrument/localized-texts";
import { bilingualScalesInstrument } from "../fixtures/bilingual-scales-instrument";
import { miniInstrument, miniInstrumentInput } from "../fixtures/mini-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";
import { fillTargets } from "../support/translation-fill";

const execute = promisify(execFile);
let dir: string;
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;

/** Runs a script as npm runs it (node --import tsx), on this test file's database; exit code and output. */
async function script(name: string, args: string[]) {
  try {
    const { stdout, stderr } = await execute(process.execPath, [
      "--import",
      "tsx",
      `scripts/${name}.ts`,
      ...args,
    ]);
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "translation-workflow-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  await prisma.pendingInstrumentVersion.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  researcher = await signedInResearcher();
});

describe("npm run i18n:export and i18n:import against the database", () => {
  it(
    "exports a survey's version, reads the translation back, and the lab accepts the result as a new version",
    { timeout: 60_000 },
    async () => {
      await createSurvey({ slug: "mini", definition: miniInstrument });
      const xlf = path.join(dir, "mini-es.xlf");
      const exported = await script("i18n-export", ["--survey", "mini", "--lang", "es", "--out", xlf]);
      expect(exported.stdout).toContain(`Wrote ${xlf}:`);
      expect(exported.stdout).toContain('of survey "mini" version 1 and the interface');
      writeFileSync(
        xlf,
        fillTargets(readFileSync(xlf, "utf8"), (_id, source) => `ES ${source}`),
      );

      const out = path.join(dir, "mini.translated.json");
      const catalogDir = path.join(dir, "catalogs");
      const imported = await script("i18n-import", [xlf, "--out", out, "--catalog-dir", catalogDir]);
      expect(imported.stderr).toBe("");
      expect(imported.status).toBe(0);
      const definition = instrumentDefinitionSchema.parse(JSON.parse(readFileSync(out, "utf8")));
      expect(definition.languages).toEqual(["en", "es"]);
      expect(definition.pages[0]!.title).toEqual({ en: "Before you start", es: "ES Before you start" });
      const catalog = translationCatalogSchema.parse(
        JSON.parse(readFileSync(path.join(catalogDir, "es.json"), "utf8")),
      );
      expect(catalog).toEqual(TRANSLATIONS.get("es"));

      const staged = await outcomeOf(() =>
        overviewAction({
          request: formPost(
            "/lab/surveys/mini",
            { intent: "new-version", definitionText: readFileSync(out, "utf8") },
            { cookie: researcher.cookie, csrfToken: researcher.csrfToken },
          ),
          params: { slug: "mini" },
          context: {},
        }),
      );
      expect(staged.headers.get("Location")).toBe("/lab/surveys/mini/new-version");
    },
  );

  it(
    "refuses a file made for an earlier version, writes nothing, and exits 1",
    { timeout: 60_000 },
    async () => {
      const { surveyId } = await createSurvey({ slug: "mini", definition: miniInstrument });
      const xlf = path.join(dir, "old-es.xlf");
      await script("i18n-export", ["--survey", "mini", "--lang", "es", "--out", xlf]);
      await addInstrumentVersion(
        surveyId,
        instrumentDefinitionSchema.parse({ ...miniInstrumentInput, title: "Revised" }),
      );
      const out = path.join(dir, "refused.json");
      const refused = await script("i18n-import", [
        xlf,
        "--out",
        out,
        "--catalog-dir",
        path.join(dir, "refused"),
      ]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(
        `${xlf}: The file was made for survey "mini" version 1, but the current definition is survey "mini" version 2.`,
      );
      expect(existsSync(out)).toBe(false);
      expect(existsSync(path.join(dir, "refused"))).toBe(false);
    },
  );
});

describe("the lab's languages section", () => {
  async function languagesOf(slug: string) {
    const outcome = await outcomeOf(() =>
      overviewLoader({
        request: new Request(`${ORIGIN}/lab/surveys/${slug}`, { headers: { Cookie: researcher.cookie } }),
        params: { slug },
        context: {},
      }),
    );
    return (outcome.data as { languages: LanguageCompleteness[] }).languages;
  }

  it("shows a bilingual survey's Spanish as complete and offered, with each scale's wording", async () => {
    await createSurvey({ slug: "bilingual", definition: bilingualScalesInstrument });
    const total = localizedTexts(bilingualScalesInstrument).length;
    const languages = await languagesOf("bilingual");
    expect(languages.map((entry) => [entry.language, entry.offered])).toEqual([
      ["en", true],
      ["es", true],
    ]);
    const spanish = languages[1]!;
    expect(spanish.definitionTexts).toEqual({ translated: total, total });
    expect(spanish.interfaceTexts).toMatchObject({ status: "draft" });
    expect(spanish.interfaceTexts!.translated).toBe(spanish.interfaceTexts!.total);
    expect(spanish.scales.map((scale) => [scale.id, scale.wording.status])).toEqual([
      ["tired", "validated"],
      ["backing", "draft"],
    ]);
    const html = renderToStaticMarkup(createElement(LanguagesSection, { languages }));
    expect(html).toContain(`Spanish (es)</th><td>${total} of ${total}</td>`);
    expect(html).toContain(
      "Tiredness: validated translation (Pérez, A. (2020). Test translation of the tiredness scale.)",
    );
    expect(html).toContain("draft translation");
  });

  it("shows an English-only survey's Spanish as not offered, saying why", async () => {
    await createSurvey({ slug: "mini", definition: miniInstrument });
    const total = localizedTexts(miniInstrument).length;
    const spanish = (await languagesOf("mini")).find((entry) => entry.language === "es")!;
    expect(spanish).toMatchObject({
      offered: false,
      listed: false,
      definitionTexts: { translated: 0, total },
    });
    expect(spanish.reason).toBe(
      `Not offered: the definition does not list it in languages; ${total} survey texts lack a translation.`,
    );
    const html = renderToStaticMarkup(
      createElement(LanguagesSection, { languages: await languagesOf("mini") }),
    );
    expect(html).toContain("English (en)</th>");
    expect(html).toContain("original wording");
    expect(html).toContain(spanish.reason!);
  });
});
