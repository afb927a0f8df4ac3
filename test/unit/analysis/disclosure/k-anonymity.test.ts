import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { generateSyntheticPanel } from "../../../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { kAnonymityReport, numericBands } from "../../../../analysis/disclosure";
import { type ExportResponse, wideCsv } from "../../../../exports";
import type { NumericItem } from "../../../../instrument/items";
import { exportInstrument, exportResponse } from "../../../fixtures/export-instrument";

/** Class sizes computed independently, from the exported CSV's quasi-identifier columns. */
function classSizes(csv: string, columns: string[], keep = (_id: string) => true): number[] {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const sizes = new Map<string, number>();
  for (const row of rows.filter((candidate) => keep(candidate.response_id ?? ""))) {
    const key = columns.map((column) => row[column] ?? "").join("|");
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}

const people = (rows: [number, number, number][]): ExportResponse[] =>
  Object.freeze(
    rows.map(([years, role, region], index) => exportResponse(`r${index}`, { years, role, region })),
  ) as ExportResponse[];

describe("numericBands", () => {
  it("labels bands by the answers they can hold and closes with an open band", () => {
    const item = exportInstrument.pages[1]!.items[0] as NumericItem;
    expect(numericBands(item).map((band) => band.label)).toEqual([
      "0–2 years",
      "2.5–5 years",
      "5.5–10 years",
      "10.5–20 years",
      "more than 20 years",
    ]);
    expect(
      numericBands(item, [
        [0, 1],
        [2, 3, 4],
      ]),
    ).toEqual([
      { code: 1, label: "0–5 years", lower: null, upper: 5 },
      { code: 2, label: "more than 5 years", lower: 5, upper: null },
    ]);
    expect(() => numericBands(item, [[0, 2]])).toThrow("is invalid");
  });
});

describe("kAnonymityReport", () => {
  it("counts equivalence classes over the quasi-identifiers, an empty answer counting as a value", () => {
    const responses = [
      ...people([
        [1, 1, 1],
        [1, 1, 1],
        [1.5, 1, 1],
        [30, 2, 2],
      ]),
      exportResponse("blank", {}),
    ];
    const report = kAnonymityReport(exportInstrument, responses, { k: 2 });
    expect(report.quasiIdentifiers.map((qi) => qi.id)).toEqual(["years", "role", "region"]);
    expect(report.before).toEqual({ classes: 4, smallestClass: 1, classesBelowK: 3, recordsBelowK: 3 });
    expect(report.meetsK).toBe(false);
  });

  it("needs no coarsening when every class reaches k", () => {
    const report = kAnonymityReport(exportInstrument, people(Array.from({ length: 6 }, () => [4, 1, 1])));
    expect(report).toMatchObject({
      meetsK: true,
      coarsening: null,
      after: null,
      coarsened: [],
      coarseningMeetsK: true,
    });
    expect(report.before.smallestClass).toBe(6);
  });

  it("plans the least coarsening that meets k, and the exported CSV then has no class below k", () => {
    // Years differ within the 0–2 band and the 10.5–20 band; Asia (3) and Oceania (2) are rare.
    const rows: [number, number, number][] = [
      ...Array.from({ length: 5 }, (_, i): [number, number, number] => [i * 0.5, 1, 1]),
      ...Array.from({ length: 3 }, (_, i): [number, number, number] => [11 + i, 2, 2]),
      [12, 2, 3],
      [13, 2, 3],
    ];
    const responses = people(rows);
    const report = kAnonymityReport(exportInstrument, responses, { k: 5 });
    expect(report.before.smallestClass).toBe(1);
    expect(report.coarseningMeetsK).toBe(true);
    expect(report.after?.smallestClass).toBeGreaterThanOrEqual(5);
    // Banding years and merging the two rarest regions suffices; role stays as answered.
    expect(Object.keys(report.coarsening?.recodes ?? {})).toEqual(["years", "region"]);
    expect(report.coarsening?.recodes.region).toMatchObject({
      kind: "merge",
      merged: [2, 3],
      otherCode: 990,
    });
    expect(report.coarsened.map((entry) => entry.id)).toEqual(["years", "region"]);
    const csv = wideCsv(exportInstrument, responses, { hiddenTexts: [], coarsen: report.coarsening });
    expect(Math.min(...classSizes(csv, ["years_band", "role", "region"]))).toBeGreaterThanOrEqual(5);
  });

  it("says when k cannot be met: fewer records than k", () => {
    const report = kAnonymityReport(
      exportInstrument,
      people([
        [1, 1, 1],
        [2, 2, 2],
      ]),
      { k: 3 },
    );
    expect(report.coarseningMeetsK).toBe(false);
    expect(report.after).toEqual({ classes: 1, smallestClass: 2, classesBelowK: 1, recordsBelowK: 2 });
  });

  it("refuses a k below 2", () => {
    expect(() => kAnonymityReport(exportInstrument, [], { k: 1 })).toThrow(
      "k to be an integer of at least 2",
    );
  });

  it("brings the 800-person demo panel to k = 5 (smallest class 1 before)", () => {
    const definition = loadDefaultInstrument();
    const responses = generateSyntheticPanel(definition, { n: 800, seed: 1 }).map((response, index) =>
      exportResponse(`p${index}`, response.answers, { isSynthetic: true }),
    );
    const started = performance.now();
    const report = kAnonymityReport(definition, responses);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(report.quasiIdentifiers.map((qi) => qi.id)).toEqual([
      "years_support",
      "role",
      "org_size",
      "region",
      "left_years_ago",
    ]);
    expect(report.before.smallestClass).toBe(1);
    expect(report.coarseningMeetsK).toBe(true);
    const csv = wideCsv(definition, responses, { hiddenTexts: [], coarsen: report.coarsening });
    const header = csv.slice(0, csv.indexOf("\r\n")).split(",");
    const qiColumns = header.filter((name) =>
      /^(years_support|role|org_size|region|left_years_ago)(_band)?$/.test(name),
    );
    expect(qiColumns).toHaveLength(5);
    // The default limit lets up to 2% (16) be suppressed locally; the other records form the classes.
    expect(report.suppressed).toBeLessThanOrEqual(16);
    const suppressed = new Set(report.coarsening?.suppressedResponses);
    const sizes = classSizes(csv, qiColumns, (id) => !suppressed.has(id));
    expect(Math.min(...sizes)).toBe(report.after?.smallestClass);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  });
});
