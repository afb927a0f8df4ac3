import { describe, expect, it } from "vitest";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import { missingTexts } from "../../../instrument/text-completeness";
import { wordingStatus } from "../../../instrument/translation-status";
import {
  bilingualScalesInstrument,
  bilingualScalesInstrumentInput,
} from "../../fixtures/bilingual-scales-instrument";

type Json = Record<string, unknown>;

/** The issues of the bilingual fixture after one mistake, as "path: message". */
function issuesAfter(mutate: (definition: Json & typeof bilingualScalesInstrumentInput) => void): string[] {
  const definition = structuredClone(bilingualScalesInstrumentInput);
  mutate(definition as Json & typeof bilingualScalesInstrumentInput);
  const result = instrumentDefinitionSchema.safeParse(definition);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("translation status and completeness", () => {
  it("accepts a complete Spanish definition with a status for every scale", () => {
    expect(bilingualScalesInstrument.translations?.es?.scales.tired?.status).toBe("validated");
    expect(missingTexts(bilingualScalesInstrument, "es")).toEqual([]);
  });

  it("names the first texts a listed language lacks", () => {
    const issues = issuesAfter((definition) => {
      const [page] = definition.pages;
      (page as Json).title = { en: "Strain" };
      const rows = page!.items[0]!.rows!;
      (rows[1] as Json).text = { en: "I am worn out." };
      (definition.answerScales.agree.options[2] as Json).label = "Agree";
      (definition.scales[1] as Json).label = "Backing";
    });
    expect(issues).toEqual([
      'languages.1: languages lists "es", but 4 texts have no "es" wording: answerScales.agree.options.2.label ("Agree"), pages.0.title ("Strain"), pages.0.items.0.rows.1.text ("I am worn out.") and 1 more. Translate every text, or leave "es" out of languages until it is complete',
    ]);
  });

  it("requires a status entry for a listed language, and for each of its scales", () => {
    expect(issuesAfter((definition) => delete (definition as Json).translations)).toEqual([
      'languages.1: languages lists "es", but translations has no "es" entry: give each scale\'s wording status, e.g. "translations": { "es": { "scales": { "tired": { "status": "draft" } } } }',
    ]);
    expect(issuesAfter((definition) => delete (definition.translations.es.scales as Json).backing)).toEqual([
      'translations.es.scales: no status for scale "backing" in "es": mark it "validated" (with the citation of the published translation) or "draft"',
    ]);
  });

  it("refuses a validated status without its citation, a scale that does not exist and an unknown status", () => {
    expect(
      issuesAfter((definition) => {
        (definition.translations.es.scales as Json).backing = { status: "validated" };
      }),
    ).toEqual([
      "translations.es.scales.backing.citation: a validated translation needs the citation of the published translation it is taken from",
    ]);
    expect(
      issuesAfter((definition) => {
        (definition.translations.es.scales as Json).bakcing = { status: "draft" };
      }),
    ).toEqual(['translations.es.scales.bakcing: scale "bakcing" does not exist']);
    expect(
      issuesAfter((definition) => {
        (definition.translations.es.scales as Json).backing = { status: "machine" };
      }),
    ).toEqual(['translations.es.scales.backing.status: status must be "validated" or "draft"']);
  });

  it("refuses an entry for English or for a language that is not listed", () => {
    expect(
      issuesAfter((definition) => {
        (definition.translations as Json).en = { scales: {} };
        (definition.translations as Json).fr = { scales: {} };
      }),
    ).toEqual([
      "translations.en: English is the source language and needs no translations entry",
      'translations.fr: translations for "fr", which is not in languages',
    ]);
  });

  it("reads each scale's wording status, English being the source", () => {
    const { translations } = bilingualScalesInstrument;
    expect(wordingStatus(translations, "en", "tired")).toEqual({ status: "source" });
    expect(wordingStatus(translations, "es", "tired")).toEqual({
      status: "validated",
      citation: "Pérez, A. (2020). Test translation of the tiredness scale.",
    });
    expect(wordingStatus(translations, "es", "backing")).toEqual({ status: "draft" });
  });
});
