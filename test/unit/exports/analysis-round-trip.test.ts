// The lab's responses.csv must read back through the analysis CLI's --input parser
// (analysis/survey/read-responses-csv.ts), exactly as downloaded.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readResponsesCsv } from "../../../analysis/survey/read-responses-csv";
import { generateSyntheticPanel } from "../../../analysis/synthetic-panel";
import type { Answers } from "../../../instrument/answers";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import { exportColumns, missingCodes, roundScore, wideCsv } from "../../../exports";
import { createScorer } from "../../../instrument/scoring";
import { exportResponse } from "../../fixtures/export-instrument";

const definition = loadDefaultInstrument();
const scoreColumns = [
  ...definition.scales.map((scale) => scale.id),
  ...definition.derived.map((variable) => variable.id),
];
const responses = generateSyntheticPanel(definition, { n: 300, seed: 11 }).map((response, index) =>
  exportResponse(`r${index}`, response.answers, {
    durationSeconds: response.durationSeconds,
    exclusions: index % 10 === 0 ? ["speeder", "manual"] : [],
    isSynthetic: true,
  }),
);
const csv = wideCsv(definition, responses, { hiddenTexts: [] });

/** The CSV without the score columns, which the analysis recomputes from the answers. */
function withoutScores(text: string): string {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = (parsed.meta.fields ?? []).filter((name) => !scoreColumns.includes(name));
  return Papa.unparse(
    { fields, data: parsed.data.map((row) => fields.map((name) => row[name] ?? "")) },
    { newline: "\r\n" },
  );
}

const textItems = new Set(
  definition.pages.flatMap((page) =>
    page.items.filter((item) => item.type === "text").map((item) => item.id),
  ),
);
const codes = missingCodes(definition);
const scoreIsMissing = (cell: string) => cell === "" || codes.some((entry) => String(entry.code) === cell);

/**
 * Answers as the CSV keeps them: a question shown and left blank (null) reads back as null through its
 * "skipped" code, one not shown stays absent; only free text left blank is an empty cell, read as absent.
 */
const answered = (answers: Answers) =>
  Object.fromEntries(Object.entries(answers).filter(([id, value]) => value !== null || !textItems.has(id)));

describe("responses.csv through the analysis CLI's --input parser", () => {
  it("reads back every answer, duration and exclusion, and the analysis scores equal the exported scores", async () => {
    const parsed = readResponsesCsv(withoutScores(csv), definition);
    expect(parsed).toHaveLength(responses.length);
    const exported = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const score = createScorer(definition);
    for (const [index, response] of responses.entries()) {
      const back = parsed[index]!;
      expect(back.id).toBe(response.id);
      expect(back.answers).toEqual(answered(response.answers));
      expect(back.durationSeconds).toBe(response.durationSeconds);
      expect((back.excluded ?? []).map((entry) => entry.reason).sort()).toEqual(
        [...response.exclusions].sort(),
      );
      const scores = score(back.answers);
      for (const id of scoreColumns) {
        const cell = exported[index]?.[id] ?? "";
        const expected = scores[id];
        // R 4.2: round(45.833333333333336, 2) → 45.83: the export writes scores to two decimals.
        expect(scoreIsMissing(cell) ? null : Number(cell), `${response.id} ${id}`).toBe(
          expected === null || expected === undefined ? null : roundScore(expected),
        );
      }
    }
  });

  it("accepts the export as downloaded, score columns included", async () => {
    expect(readResponsesCsv(csv, definition)).toHaveLength(responses.length);
    expect(
      exportColumns(definition)
        .map((column) => column.name)
        .slice(-scoreColumns.length),
    ).toEqual(scoreColumns);
  });
});
