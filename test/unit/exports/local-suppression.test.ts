import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { generateSyntheticPanel } from "../../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import {
  dataPackageJson,
  type ExportResponse,
  kAnonymityReport,
  rSyntax,
  spssSyntax,
  stataSyntax,
  wideCsv,
} from "../../../exports";
import { exportInstrument, exportResponse } from "../../fixtures/export-instrument";

const QI = /^(years_support|role|org_size|region|left_years_ago)(_band)?$/;
const definition = loadDefaultInstrument();
const panel = (n: number, seed: number): ExportResponse[] =>
  Object.freeze(
    generateSyntheticPanel(definition, { n, seed }).map((response, index) =>
      exportResponse(`p${index}`, response.answers, { isSynthetic: true }),
    ),
  ) as ExportResponse[];
const demo = panel(800, 1);

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}

/** Class sizes counted independently from CSV rows. */
function classSizes(rows: Record<string, string>[], columns: string[]): number[] {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = columns.map((column) => row[column] ?? "").join("|");
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return [...sizes.values()];
}

describe("local suppression under a limit", () => {
  it.each([0.02, 0.05])(
    "at %s of the demo panel: suppresses at most the limit, blanks their quasi-identifiers, and every other class reaches k",
    (limit) => {
      const report = kAnonymityReport(definition, demo, { k: 5, suppressionLimit: limit });
      const allowed = Math.floor(limit * 800);
      expect(report.maxSuppressed).toBe(allowed);
      expect(report.coarseningMeetsK).toBe(true);
      expect(report.suppressed).toBeGreaterThan(0);
      expect(report.suppressed).toBeLessThanOrEqual(allowed);
      const suppressed = new Set(report.coarsening?.suppressedResponses);
      expect(suppressed.size).toBe(report.suppressed);
      const csv = wideCsv(definition, demo, { hiddenTexts: [], coarsen: report.coarsening });
      const rows = parse(csv);
      expect(rows).toHaveLength(800);
      const qiColumns = Object.keys(rows[0] ?? {}).filter((name) => QI.test(name));
      const kept = rows.filter((row) => !suppressed.has(row.response_id ?? ""));
      for (const row of rows.filter((candidate) => suppressed.has(candidate.response_id ?? "")))
        for (const column of qiColumns) expect(row[column], column).toBe("");
      const sizes = classSizes(kept, qiColumns);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
      expect(sizes.length).toBe(report.after?.classes);
      expect(Math.min(...sizes)).toBe(report.after?.smallestClass);
    },
  );

  it("keeps the rest of a suppressed row: answers, metadata and scores not computed from a quasi-identifier", () => {
    const report = kAnonymityReport(definition, demo, { k: 5, suppressionLimit: 0.02 });
    const coarsen = report.coarsening!;
    const plain = parse(
      wideCsv(definition, demo, { hiddenTexts: [], coarsen: { ...coarsen, suppressedResponses: [] } }),
    );
    const blanked = parse(wideCsv(definition, demo, { hiddenTexts: [], coarsen }));
    const suppressed = new Set(coarsen.suppressedResponses);
    for (const [index, row] of blanked.entries()) {
      const original = plain[index]!;
      for (const [column, value] of Object.entries(row))
        expect(value, column).toBe(
          QI.test(column) && suppressed.has(row.response_id!) ? "" : original[column],
        );
    }
  });

  it("empties a score computed from a quasi-identifier in suppressed rows only, and documents it in every file", () => {
    const rows: ExportResponse[] = [
      ...Array.from({ length: 5 }, (_, i) =>
        exportResponse(`a${i}`, { years: 1, role: 3, region: 1, since_left: 1 }),
      ),
      exportResponse("odd", { years: 30, role: 3, region: 3, since_left: 2, b1: 4, b2: 4 }),
    ];
    const report = kAnonymityReport(exportInstrument, rows, { k: 5, suppressionLimit: 0.2 });
    expect(report.coarsening).toEqual({ k: 5, recodes: {}, suppressedResponses: ["odd"] });
    expect(report.coarsened).toEqual([]);
    const csv = parse(wideCsv(exportInstrument, rows, { hiddenTexts: [], coarsen: report.coarsening }));
    expect(csv[5]).toMatchObject({
      years: "",
      role: "",
      region: "",
      years_before_leaving: "",
      b1: "4",
      b2: "4",
    });
    expect(csv[0]).toMatchObject({ years: "1", role: "3", region: "1", years_before_leaving: "0" });
    const options = { coarsen: report.coarsening, csvFileName: "x.csv" };
    const sentence =
      "Locally suppressed for 5-anonymity: in 1 row every quasi-identifier (years, role, region)";
    const descriptor = JSON.parse(dataPackageJson(exportInstrument, options)) as {
      description: string;
      resources: { schema: { fields: { name: string; description: string }[] } }[];
    };
    expect(descriptor.description).toContain(sentence);
    const fields = descriptor.resources[0]!.schema.fields;
    expect(fields.find((field) => field.name === "region")?.description).toContain("empty in the 1 row");
    expect(fields.find((field) => field.name === "years_before_leaving")?.description).toContain(
      "empty in those rows too",
    );
    for (const loader of [rSyntax, spssSyntax, stataSyntax])
      expect(loader(exportInstrument, options)).toContain(sentence);
  });

  it("with a limit of 0, suppresses no record and keeps the whole-column plan", () => {
    const report = kAnonymityReport(definition, demo, { k: 5, suppressionLimit: 0 });
    expect(report).toMatchObject({ maxSuppressed: 0, suppressed: 0, coarseningMeetsK: true });
    expect(report.coarsening?.suppressedResponses).toEqual([]);
    expect(report.after).toEqual({ classes: 9, smallestClass: 6, classesBelowK: 0, recordsBelowK: 0 });
    expect(report.coarsened.map((entry) => [entry.id, entry.change.split(":")[0]])).toEqual([
      ["years_support", "only whether it was answered is kept"],
      ["org_size", "left out of the export (every value empty)"],
      ["region", "left out of the export (every value empty)"],
      ["left_years_ago", "exact answers replaced by 4 bands in left_years_ago_band"],
    ]);
  });

  it("refuses a limit outside 0 to 1", () => {
    for (const suppressionLimit of [-0.01, 1.5, Number.NaN])
      expect(() => kAnonymityReport(definition, demo, { suppressionLimit })).toThrow(
        "suppressionLimit to be a share from 0 to 1",
      );
  });
});
