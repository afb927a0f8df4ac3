import { describe, expect, it } from "vitest";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import { definitionInLanguages } from "../../../instrument/definition-in-language";
import { versionCompatibility } from "../../../instrument/version-compatibility";
import { bilingualInstrument } from "../../fixtures/bilingual-instrument";

// A version that only adds a translation (what `npm run i18n:import` produces) must not read as every item
// reworded on the lab's comparison page: wording is compared in the languages both versions offer.
const englishOnly = instrumentDefinitionSchema.parse({
  ...definitionInLanguages(bilingualInstrument, ["en"]),
  languages: ["en"],
});

describe("comparing versions in several languages", () => {
  it("reports an added translation as a language added, not as rewording, and still pools", () => {
    const verdict = versionCompatibility(englishOnly, bilingualInstrument);
    expect(verdict.changes.map((entry) => entry.words)).toEqual(["Languages added: es"]);
    expect(verdict.compatible).toBe(true);
    expect(
      versionCompatibility(bilingualInstrument, englishOnly).changes.map((entry) => entry.words),
    ).toEqual(["Languages removed: es"]);
  });

  it("still reports a rewording in a language both versions offer", () => {
    const input = structuredClone(bilingualInstrument);
    const work = input.pages.find((page) => page.id === "work")!;
    const years = work.items.find((item) => item.id === "years")!;
    years.text = { ...years.text, es: "Años trabajados en soporte" };
    const verdict = versionCompatibility(bilingualInstrument, instrumentDefinitionSchema.parse(input));
    expect(verdict.changes.map((entry) => entry.words)).toEqual(["Item “years” reworded: question"]);
  });
});
