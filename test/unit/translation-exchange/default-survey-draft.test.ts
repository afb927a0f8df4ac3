import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TRANSLATIONS } from "~/i18n/catalogs";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import type { LocalizedText } from "../../../instrument/localized-text";
import { localizedTexts, type TextPath } from "../../../instrument/localized-texts";
import { missingTexts } from "../../../instrument/text-completeness";
import { fieldsById } from "../../../instrument/traversal";
import { CHROME_PREFIX, definitionUnits } from "../../../translation-exchange/exchange-units";
import { readXliff } from "../../../translation-exchange/read-xliff";
import { exportTranslation, importTranslations } from "../../../translation-exchange/translation-exchange";

const DRAFT_PATH = "instrument/definitions/translations/support-work-and-erosion.es.draft.xlf";
const draftText = readFileSync(DRAFT_PATH, "utf8");
const draft = readXliff(draftText);
const definition = loadDefaultInstrument();
const current = readXliff(exportTranslation({ definition }, "es"));

/** Targets that are rightly the same as the English, each with its reason. */
const SAME_AS_ENGLISH: Record<string, string> = {
  "%": "the percent sign is the same in Spanish",
  Asia: "the continent's name is spelt the same in Spanish",
  No: "the Spanish answer is the same word",
};

const textAt = (path: TextPath): unknown =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], definition);

/**
 * The texts of the validated instruments' items: each item or matrix row of a scale with a reference (its text
 * and any variant wording) and the answer options it is asked with. Found from the definition, not listed.
 */
function validatedTexts(of: InstrumentDefinition): Set<LocalizedText> {
  const fields = fieldsById(of);
  const texts = new Set<LocalizedText>();
  for (const scale of of.scales.filter((candidate) => candidate.reference !== undefined))
    for (const itemId of scale.items) {
      const field = fields.get(itemId)!;
      const owner =
        field.item.type === "matrix" ? field.item.rows.find((row) => row.id === itemId)! : field.item;
      for (const { text } of localizedTexts(owner)) texts.add(text);
      for (const option of field.options ?? []) texts.add(option.label);
    }
  return texts;
}

const validated = validatedTexts(definition);
const validatedUnitIds = definitionUnits(definition, "es")
  .filter((unit) => validated.has(textAt(unit.path) as LocalizedText))
  .map((unit) => unit.id);
const draftUnits = new Map(draft.units.map((unit) => [unit.id, unit]));

function staleUnits(): string[] {
  return current.units
    .filter((unit) => draftUnits.get(unit.id)?.source !== unit.source)
    .map((unit) => unit.id)
    .concat(draft.units.filter((unit) => !current.units.some((now) => now.id === unit.id)).map((u) => u.id));
}

const staleMessage = () =>
  `${DRAFT_PATH} is stale: the English changed in ${staleUnits().join(", ") || "no unit (the order changed)"}. ` +
  "Export it again with its translations carried over (npm run i18n:export -- --definition " +
  `instrument/definitions/support-work-and-erosion.json --lang es --carry-over ${DRAFT_PATH} --out new.xlf), ` +
  "translate the units left without a target that are not the validated scales' (see docs/translation.md), " +
  "and replace the draft with the new file.";

describe("the default survey's draft Spanish translation", () => {
  it("was made for the current English of the default definition and the interface", () => {
    expect(draft.origin, staleMessage()).toEqual(current.origin);
  });

  it("is marked as a draft, and exporting again with it carried over gives the same file", () => {
    expect(draft.notes).toContainEqual({
      category: "draft",
      text: expect.stringMatching(/^DRAFT translation by the Negative Space project, not validated/),
    });
    expect(exportTranslation({ definition }, "es", draft), staleMessage()).toBe(draftText);
  });

  it("leaves exactly the validated instrument's items and answer options without a translation", () => {
    expect(validatedUnitIds.length).toBeGreaterThan(0);
    const untranslated = draft.units.filter((unit) => unit.target === undefined).map((unit) => unit.id);
    expect(untranslated.sort()).toEqual([...validatedUnitIds].sort());
    expect(validatedUnitIds).toContain("definition:pages.wellbeing.items.cbi_personal_freq.rows.cbi_p1.text");
    expect(validatedUnitIds).toContain("definition:answerScales.cbi_degree.options.code5.label");
    expect(draftText.match(/state="initial"/g)).toHaveLength(validatedUnitIds.length);
  });

  it("translates every other text of the definition, never just copying the English", () => {
    const own = definitionUnits(definition, "es").filter((unit) => !validatedUnitIds.includes(unit.id));
    for (const unit of own) {
      const target = draftUnits.get(unit.id)?.target;
      expect(target, `${unit.id} has no Spanish`).toBeDefined();
      if (target === unit.source)
        expect(SAME_AS_ENGLISH, `${unit.id}: "${target}" is the English`).toHaveProperty([target]);
    }
  });

  it("names in each attention check the Spanish of the answer it expects", () => {
    const spanish = (text: LocalizedText) =>
      draftUnits.get(definitionUnits(definition, "es").find((unit) => textAt(unit.path) === text)!.id)
        ?.target;
    const checks = [...fieldsById(definition).values()].filter((field) => field.attentionCheck);
    expect(checks.length).toBeGreaterThan(0);
    for (const field of checks) {
      const expected = field.options!.find((option) => option.code === field.attentionCheck!.expected)!;
      expect(spanish(field.text), field.id).toContain(`«${spanish(expected.label)}»`);
    }
  });

  it("carries the interface's Spanish catalog unchanged", () => {
    const chrome = draft.units.filter((unit) => unit.id.startsWith(CHROME_PREFIX));
    const messages = TRANSLATIONS.get("es")!.messages as Record<string, string>;
    expect(chrome.length).toBeGreaterThan(0);
    for (const unit of chrome)
      expect(unit.target, `${unit.id} differs from es.json: ${staleMessage()}`).toBe(
        messages[unit.id.slice(CHROME_PREFIX.length)],
      );
  });
});

describe("the draft cannot put Spanish on the default survey", () => {
  it("is refused by the import as incomplete, naming the validated units", () => {
    const outcome = importTranslations({ definition }, [{ name: "draft.xlf", text: draftText }]);
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems).toHaveLength(1);
    const [, count, named] =
      /^draft\.xlf: Incomplete: (\d+) of \d+ texts have no translation: (.*?) and \d+ more\./.exec(
        problems[0]!,
      ) ?? [];
    expect(Number(count)).toBe(validatedUnitIds.length);
    for (const id of named!.split(", ")) expect(validatedUnitIds).toContain(id);
  });

  it("would make a definition listing Spanish invalid, for exactly the validated texts", () => {
    const withSpanish = structuredClone(definition);
    for (const unit of definitionUnits(definition, "es")) {
      const target = draftUnits.get(unit.id)?.target;
      if (target !== undefined) setSpanish(withSpanish, unit.path, target);
    }
    const missing = missingTexts(withSpanish, "es").map((text) => text.path.join("."));
    const expected = definitionUnits(definition, "es")
      .filter((unit) => validatedUnitIds.includes(unit.id))
      .map((unit) => unit.path.join("."));
    expect(missing).toEqual(expected);
    withSpanish.languages.push("es");
    withSpanish.translations = {
      es: { scales: Object.fromEntries(definition.scales.map((scale) => [scale.id, { status: "draft" }])) },
    };
    const parsed = instrumentDefinitionSchema.safeParse(withSpanish);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["languages", 1], expect.stringContaining(`${validatedUnitIds.length} texts have no "es" wording`)],
    ]);
  });
});

function setSpanish(into: InstrumentDefinition, path: TextPath, text: string) {
  const target = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], into);
  (target as Record<string, string>).es = text;
}
