import { describe, expect, it } from "vitest";
import { sourceCatalog } from "~/i18n/catalog-en";
import { TRANSLATIONS } from "~/i18n/catalogs";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import { localizedTexts } from "../../../instrument/localized-texts";
import { missingTexts } from "../../../instrument/text-completeness";
import { readXliff } from "../../../translation-exchange/read-xliff";
import { readXml, type XmlElement } from "../../../translation-exchange/xml-reader";
import {
  type CurrentDefinition,
  exportTranslation,
  importTranslations,
} from "../../../translation-exchange/translation-exchange";
import { bilingualInstrument } from "../../fixtures/bilingual-instrument";
import { bilingualScalesInstrument } from "../../fixtures/bilingual-scales-instrument";
import { miniInstrument, miniInstrumentInput } from "../../fixtures/mini-instrument";
import { fillTargets, targetOf } from "../../support/translation-fill";

const current: CurrentDefinition = { definition: miniInstrument, survey: "mini", version: 2 };
const exported = exportTranslation(current, "es");
const chromeTotal = Object.keys(sourceCatalog).length;
const textTotal = localizedTexts(miniInstrument).length;
/** A translator's Spanish: "ES " before each survey text; the interface already has the draft catalog. */
const translated = fillTargets(exported, (_id, source) => `ES ${source}`);
const importOne = (text: string, into: CurrentDefinition = current) =>
  importTranslations(into, [{ name: "mini-es.xlf", text }]);

function problemsOf(text: string, into?: CurrentDefinition): string[] {
  const outcome = importOne(text, into);
  if (outcome.ok) throw new Error("expected the import to refuse");
  return outcome.problems;
}

describe("exporting a definition and the interface to XLIFF 2.0", () => {
  it("gives every text of the definition and every interface message a unit, with its source and context", () => {
    const read = readXliff(exported);
    expect(read.language).toBe("es");
    expect(read.origin).toEqual({
      survey: "mini",
      version: 2,
      definitionId: "mini",
      sourceHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(read.units).toHaveLength(textTotal + chromeTotal);
    expect(read.units.map((unit) => unit.id)).toContain(
      "definition:pages.strain.items.freq_block.rows.b1.text",
    );
    expect(read.units.map((unit) => unit.id)).toContain("definition:pages.work.items.years.unit");
    for (const unit of read.units) expect(unit.id).toMatch(/^(definition|chrome):[A-Za-z0-9_.:-]+$/);
    expect(exported).toContain(
      '<unit id="definition:pages.strain.items.freq_block.rows.b1.text">\n      <notes>\n        <note category="context">Location: page "strain" › item "freq_block" › row "b1" › text. Belongs to:',
    );
    expect(exported).toContain(`<note category="context">${sourceCatalog["page.back"].context}</note>`);
    expect(exported).toMatch(
      /give every plural the categories Spanish needs \((many|one|other)(, (many|one|other)){2}\)/,
    );
  });

  it("tells the translator which scale a row belongs to, that a validated one is never translated, and when a variant shows", () => {
    const xml = exportTranslation({ definition: loadDefaultInstrument() }, "es");
    expect(xml).toMatch(
      /<unit id="definition:pages\.wellbeing\.items\.cbi_personal_freq\.rows\.cbi_p1\.text">\s*<notes>\s*<note category="context">Location: page "wellbeing" › item "cbi_personal_freq" › row "cbi_p1" › text\. Belongs to: "[^"]+"\. Part of the scale "CBI personal burnout" \(Kristensen[^)]+\)[^<]*: use its published, validated translation word for word, never a translation of your own/,
    );
    expect(xml).toContain(
      'Location: page "work_setting" › item "queue_type" › wording 1 › text. Belongs to: "Who do you support?". A variant wording, shown when role is 5 ("I have left support work").',
    );
  });

  it("follows the XLIFF 2.0 core structure: xliff > file > metadata, notes, units; unit > notes, segment", () => {
    const root = readXml(exported);
    const names = (node: XmlElement) =>
      node.children.flatMap((child) => (child.kind === "element" ? [`${child.ns}#${child.name}`] : []));
    const core = (name: string) => `urn:oasis:names:tc:xliff:document:2.0#${name}`;
    expect(root.attributes).toMatchObject({ version: "2.0", srcLang: "en", trgLang: "es" });
    expect(names(root)).toEqual([core("file")]);
    const file = root.children.find((child) => child.kind === "element") as XmlElement;
    expect(names(file).slice(0, 3)).toEqual([
      "urn:oasis:names:tc:xliff:metadata:2.0#metadata",
      core("notes"),
      core("unit"),
    ]);
    const units = file.children.filter((child): child is XmlElement => child.kind === "element").slice(2);
    for (const unit of units) {
      expect(names(unit)).toEqual([core("notes"), core("segment")]);
      const segment = unit.children.filter((child): child is XmlElement => child.kind === "element")[1]!;
      expect(names(segment)).toEqual(
        segment.attributes.state === "translated" ? [core("source"), core("target")] : [core("source")],
      );
    }
    expect(units).toHaveLength(textTotal + chromeTotal);
  });

  it("carries existing translations as targets: the Spanish interface catalog, none of the English-only texts", () => {
    const read = readXliff(exported);
    const chrome = read.units.filter((unit) => unit.id.startsWith("chrome:"));
    expect(chrome.every((unit) => unit.target !== undefined)).toBe(true);
    expect(chrome.find((unit) => unit.id === "chrome:page.minutes")?.target).toBe(
      TRANSLATIONS.get("es")!.messages["page.minutes"],
    );
    expect(read.units.filter((unit) => unit.target === undefined)).toHaveLength(textTotal);
    expect(exported.match(/state="initial"/g)).toHaveLength(textTotal);
    const bilingual = readXliff(exportTranslation({ definition: bilingualInstrument }, "es"));
    expect(bilingual.units.find((unit) => unit.id === "definition:title")?.target).toBe("Trabajo y descanso");
    expect(bilingual.origin.survey).toBeUndefined();
  });

  it("escapes <, & and quotes in texts and keeps ICU braces as they are", () => {
    const hostile = instrumentDefinitionSchema.parse({
      ...miniInstrumentInput,
      title: 'Work <b>&</b> rest, "quoted" {not ICU}',
    });
    const xml = exportTranslation({ definition: hostile }, "es");
    expect(xml).toContain('<source>Work &lt;b&gt;&amp;&lt;/b&gt; rest, "quoted" {not ICU}</source>');
    expect(xml).toContain(
      "<source>About {minutes, plural, one {# minute} other {# minutes}}. You can stop at any time, and save to continue later.</source>",
    );
    expect(readXliff(xml).units[0]).toMatchObject({ source: 'Work <b>&</b> rest, "quoted" {not ICU}' });
  });
});

describe("importing a translated file", () => {
  it("round trip: the definition gains the language, every text, a draft status per scale, and stays valid", () => {
    const outcome = importOne(translated);
    if (!outcome.ok) throw new Error(outcome.problems.join("\n"));
    const { definition, catalogs } = outcome;
    expect(instrumentDefinitionSchema.safeParse(definition).success).toBe(true);
    expect(definition.languages).toEqual(["en", "es"]);
    expect(missingTexts(definition, "es")).toEqual([]);
    expect(definition.title).toEqual({ en: miniInstrument.title.en, es: `ES ${miniInstrument.title.en}` });
    const drafts = Object.fromEntries(miniInstrument.scales.map((scale) => [scale.id, { status: "draft" }]));
    expect(Object.keys(drafts)).toContain("strain_score");
    expect(definition.translations).toEqual({ es: { scales: drafts } });
    expect(catalogs).toEqual([TRANSLATIONS.get("es")]);
    expect(miniInstrument.languages).toEqual(["en"]);
  });

  it("leaves a complete translation as it was, validated wording and its citation included", () => {
    const into = { definition: bilingualScalesInstrument };
    const outcome = importTranslations(into, [{ name: "es.xlf", text: exportTranslation(into, "es") }]);
    expect(outcome).toEqual({
      ok: true,
      definition: bilingualScalesInstrument,
      catalogs: [TRANSLATIONS.get("es")],
    });
    expect(bilingualScalesInstrument.translations?.es?.scales.tired?.status).toBe("validated");
  });

  it("turns escaped markup in a target back into the characters", () => {
    const text = fillTargets(exported, (id, source) =>
      id === "definition:title" ? "Trabajo &lt;b&gt;&amp;&lt;/b&gt; descanso" : source,
    );
    const outcome = importOne(text);
    expect(outcome.ok && outcome.definition.title.es).toBe("Trabajo <b>&</b> descanso");
  });

  it("refuses malformed XML, saying where", () => {
    const [problem] = problemsOf(translated.replace("</unit>", "</unti>"));
    expect(problem).toMatch(
      /^mini-es\.xlf: This is not well-formed XML: <\/unti> closes <unit> \(line \d+, column 5\)/,
    );
  });

  it("refuses a file that is not XLIFF 2.0", () => {
    expect(problemsOf('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>')).toEqual([
      "mini-es.xlf: This is not an XLIFF 2.0 file: its root element is <xliff> in urn:oasis:names:tc:xliff:document:1.2, not <xliff> in urn:oasis:names:tc:xliff:document:2.0.",
    ]);
    expect(problemsOf(translated.replace('trgLang="es"', 'trgLang="en"'))[0]).toContain(
      'The target language trgLang="en" is not a language to translate into',
    );
  });

  it("refuses a file made for another version, naming both", () => {
    expect(problemsOf(translated, { ...current, version: 3 })).toEqual([
      'mini-es.xlf: The file was made for survey "mini" version 2, but the current definition is survey "mini" version 3. Export the file again from the current version and carry the translations over.',
    ]);
    expect(problemsOf(translated, { ...current, survey: "other" })[0]).toContain(
      'made for survey "mini" version 2, but the current definition is survey "other" version 2',
    );
  });

  it("refuses unknown unit ids", () => {
    const text = translated.replace('<unit id="definition:title">', '<unit id="definition:subtitle">');
    expect(problemsOf(text)).toContain(
      "mini-es.xlf: 1 unit of the file is not in the current definition or interface catalog: definition:subtitle.",
    );
  });

  it("refuses a changed English source, naming the unit and showing both texts", () => {
    const changed = instrumentDefinitionSchema.parse({ ...miniInstrumentInput, title: "A new title" });
    expect(problemsOf(translated, { ...current, definition: changed })).toEqual([
      `mini-es.xlf: Unit definition:title: the English changed since the file was made, so its translation may no longer fit.\n    In the file: ${JSON.stringify(miniInstrument.title.en)}\n    Now:         "A new title"`,
    ]);
  });

  it("refuses unreadable ICU and a plural without a category the language needs", () => {
    const text = translated
      .replace(
        /(<unit id="chrome:page.progress">[\s\S]*?<target>)[^<]*/,
        "$1Paso {step, number de {total, number}",
      )
      .replace(
        /(<unit id="chrome:page.minutes">[\s\S]*?<target>)[^<]*/,
        "$1Unos {minutes, plural, one {# minuto} other {# minutos}}.",
      );
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(
        /^mini-es\.xlf: Unit chrome:page\.progress: the translation is not readable ICU MessageFormat \(.+\): "Paso \{step, number de \{total, number\}"$/,
      ),
      'mini-es.xlf: Unit chrome:page.minutes: the plural of {minutes} lacks the "many" form, which Spanish needs.',
    ]);
  });

  it("reports untranslated texts as incomplete, naming the first five and counting the rest, and writes nothing", () => {
    const outcome = importOne(exported);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        `mini-es.xlf: Incomplete: ${textTotal} of ${textTotal + chromeTotal} texts have no translation: definition:title, definition:description, definition:dataUse, definition:answerScales.freq.label, definition:answerScales.freq.options.code1.label and ${textTotal - 5} more. A language is offered to respondents only when every text is translated.`,
      ],
    });
  });

  it("reads a target split into segments, as translation tools may send it back", () => {
    const split = translated.replace(
      /<segment state="translated">\s*<source>Before you start<\/source>\s*<target>ES Before you start<\/target>\s*<\/segment>/,
      "<segment><source>Before</source><target>Antes de</target></segment><ignorable><source> </source></ignorable><segment><source>you start</source><target>empezar</target></segment>",
    );
    expect(split).not.toBe(translated);
    const outcome = importOne(split);
    expect(outcome.ok && outcome.definition.pages[0]!.title.es).toBe("Antes de empezar");
  });

  it("refuses two files for the same language", () => {
    const outcome = importTranslations(current, [
      { name: "a.xlf", text: translated },
      { name: "b.xlf", text: translated },
    ]);
    expect(outcome).toEqual({
      ok: false,
      problems: ["Two files translate into es: import one per language."],
    });
  });

  it("leaves the exported target in place when a file is imported unchanged", () => {
    expect(targetOf(translated, "chrome:page.back")).toBe("Atrás");
  });
});
