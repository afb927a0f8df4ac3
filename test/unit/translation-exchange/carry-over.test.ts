import { describe, expect, it } from "vitest";
import { TRANSLATIONS } from "~/i18n/catalogs";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import { readXliff } from "../../../translation-exchange/read-xliff";
import { exportTranslation } from "../../../translation-exchange/translation-exchange";
import { miniInstrument, miniInstrumentInput } from "../../fixtures/mini-instrument";
import { fillTargets } from "../../support/translation-fill";

const YEARS = "definition:pages.work.items.years.text";
const TITLE = "definition:title";
const DRAFT_NOTE = '<note category="draft">DRAFT: our own translation &amp; not validated.</note>';

/** A translator's earlier file: every survey text translated, and a note of the file's own before the units. */
const earlier = fillTargets(
  exportTranslation({ definition: miniInstrument }, "es"),
  (id) => `ES ${id}`,
).replace("<notes>\n", `<notes>\n      ${DRAFT_NOTE}\n`);

/** The mini instrument after someone reworded the "years" question. */
const reworded = instrumentDefinitionSchema.parse({
  ...miniInstrumentInput,
  pages: miniInstrumentInput.pages.map((page) => ({
    ...page,
    items: page.items.map((item) =>
      item.id === "years" ? { ...item, text: "How many years have you worked in support?" } : item,
    ),
  })),
});
const targetsOf = (xml: string) => new Map(readXliff(xml).units.map((unit) => [unit.id, unit.target]));

describe("exporting again with the translations of an earlier file", () => {
  it("keeps the targets of unchanged texts, leaves a reworded text for the translator, and keeps the file's notes", () => {
    const again = exportTranslation({ definition: reworded }, "es", readXliff(earlier));
    const targets = targetsOf(again);
    expect(targets.get(TITLE)).toBe(`ES ${TITLE}`);
    expect(targets.get(YEARS)).toBeUndefined();
    expect([...targets.values()].filter((target) => target === undefined)).toHaveLength(1);
    expect(again).toContain(DRAFT_NOTE);
    expect(again.match(/category="instructions"/g)).toHaveLength(1);
  });

  it("reproduces the earlier file exactly when nothing changed", () => {
    expect(exportTranslation({ definition: miniInstrument }, "es", readXliff(earlier))).toBe(earlier);
  });

  it("lets a translation that exists now win over the earlier file's", () => {
    const stale = earlier.replace(
      /(<unit id="chrome:page\.back">[\s\S]*?<target>)[^<]*/,
      "$1Old wording of the back button",
    );
    const targets = targetsOf(exportTranslation({ definition: miniInstrument }, "es", readXliff(stale)));
    expect(targets.get("chrome:page.back")).toBe(TRANSLATIONS.get("es")!.messages["page.back"]);
  });

  it("refuses an earlier file in another language", () => {
    expect(() => exportTranslation({ definition: miniInstrument }, "fr", readXliff(earlier))).toThrow(
      "the earlier file is in es, not fr",
    );
  });
});
