import { describe, expect, it } from "vitest";
import { kAnonymityReport } from "../../../analysis/disclosure";
import { exportRows } from "../../../exports/export-rows";
import { bilingualScalesInstrument } from "../../fixtures/bilingual-scales-instrument";
import { miniInstrument } from "../../fixtures/mini-instrument";

// In a survey offered in several languages, a rare language singles its respondents out as surely as a rare
// country: the language column is a quasi-identifier (Sweeney 2002), coarsened or blanked like the others.

const response = (id: string, language: string) => ({
  id,
  instrumentVersion: 1,
  submittedOn: "2026-11-02",
  durationSeconds: 300,
  exclusions: [],
  isSynthetic: false,
  language,
  answers: { t1: 2, t2: 2, t3: 3, s1: 1 },
});

// 20 answered in English, 2 in Spanish: the Spanish pair is a class of 2, below k = 5.
const responses = [
  ...Array.from({ length: 20 }, (_, index) => response(`en-${index}`, "en")),
  response("es-1", "es"),
  response("es-2", "es"),
];
const languageColumn = (rows: ReturnType<typeof exportRows>) =>
  rows.rows.map((row) => row[rows.columns.findIndex((column) => column.name === "language")]);

describe("the language answered in as a quasi-identifier", () => {
  it("counts in the classes of a survey offered in several languages, and not in an English-only one", () => {
    const report = kAnonymityReport(bilingualScalesInstrument, responses, { k: 5 });
    expect(report.quasiIdentifiers).toContainEqual(
      expect.objectContaining({ id: "language", kind: "language" }),
    );
    expect(report.before).toMatchObject({ smallestClass: 2, recordsBelowK: 2 });
    expect(report.meetsK).toBe(false);
    const english = kAnonymityReport(miniInstrument, responses.slice(0, 3), { k: 2 });
    expect(english.quasiIdentifiers.map((entry) => entry.id)).not.toContain("language");
  });

  it("is left out of the export when no record may be suppressed locally", () => {
    const report = kAnonymityReport(bilingualScalesInstrument, responses, { k: 5, suppressionLimit: 0 });
    expect(report.coarsening?.recodes.language).toEqual({ kind: "suppress" });
    expect(report.coarsened).toContainEqual(expect.objectContaining({ id: "language" }));
    expect(report.coarseningMeetsK).toBe(true);
    const rows = exportRows(bilingualScalesInstrument, responses, {
      hiddenTexts: [],
      coarsen: report.coarsening,
    });
    expect(new Set(languageColumn(rows))).toEqual(new Set([null]));
    expect(rows.columns.find((column) => column.name === "language")?.description).toContain(
      "Suppressed for anonymity",
    );
  });

  it("is blanked only in the rows suppressed locally when the limit allows them", () => {
    const report = kAnonymityReport(bilingualScalesInstrument, responses, { k: 5, suppressionLimit: 0.1 });
    expect(report.coarsening?.recodes.language).toBeUndefined();
    expect([...(report.coarsening?.suppressedResponses ?? [])].sort()).toEqual(["es-1", "es-2"]);
    const rows = exportRows(bilingualScalesInstrument, responses, {
      hiddenTexts: [],
      coarsen: report.coarsening,
    });
    expect(languageColumn(rows)).toEqual([...Array.from({ length: 20 }, () => "en"), null, null]);
  });
});
