import { describe, expect, it } from "vitest";
import { csvAnswerColumns } from "../../../../analysis/survey/csv-columns";
import { readResponsesCsv, ResponsesCsvError } from "../../../../analysis/survey/read-responses-csv";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { writeResponsesCsv } from "../../../../analysis/survey/write-responses-csv";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { panelResponses } from "./panel-responses";

const definition = loadDefaultInstrument();

/** The problems a CSV produces, or [] when it reads. */
function problems(csv: string): string[] {
  try {
    readResponsesCsv(csv, definition);
    return [];
  } catch (error) {
    if (error instanceof ResponsesCsvError) return error.problems;
    throw error;
  }
}

describe("responses CSV", () => {
  const responses = panelResponses(300, 21);
  responses[3]!.excluded = [{ reason: "speeder" }];
  responses[8]!.excluded = [{ reason: "attention" }, { reason: "longstring" }];
  const csv = writeResponsesCsv(definition, responses);
  const header = csv.slice(0, csv.indexOf("\r\n")).split(",");

  it("lays out one row per response: ids, duration, exclusions and one column per item or option", () => {
    expect(header.slice(0, 3)).toEqual(["response_id", "duration_seconds", "excluded"]);
    expect(header).toEqual(
      expect.arrayContaining(["years_support", "cbi_p1", "channels_1", "channels_96", "practices_97"]),
    );
    expect(header).not.toContain("channels");
    expect(header).toHaveLength(3 + csvAnswerColumns(definition).length);
    expect(csv.split("\r\n")[9]).toMatch(/^r9,[\d.]+,attention;longstring,/);
  });

  it("round-trips: the analysis of the CSV equals the analysis of the answers", () => {
    const read = readResponsesCsv(csv, definition);
    expect(read.map((r) => r.id)).toEqual(responses.map((r) => r.id));
    expect(read[8]!.excluded).toEqual([{ reason: "attention" }, { reason: "longstring" }]);
    const options = { bootstrapB: 300, seed: 4 };
    expect(runSurveyAnalysis({ definition, responses: read, options })).toEqual(
      runSurveyAnalysis({ definition, responses, options }),
    );
  });

  it("keeps multiple-choice answers and numbers as written", () => {
    const read = readResponsesCsv(csv, definition);
    responses.forEach((response, i) => {
      const channels = response.answers.channels;
      if (Array.isArray(channels))
        expect([...(read[i]!.answers.channels as number[])].sort()).toEqual([...channels].sort());
      expect(read[i]!.answers.years_support).toBe(response.answers.years_support);
      expect(read[i]!.durationSeconds).toBe(response.durationSeconds);
    });
  });

  it("reads a byte-order mark, LF line ends and ignored export columns", () => {
    const [head, ...rows] = csv.trimEnd().split("\r\n");
    const lf = `\uFEFF${head},submitted_on\n${rows.map((r) => `${r},2026-10-01`).join("\n")}\n`;
    expect(readResponsesCsv(lf, definition)).toHaveLength(300);
  });

  it("refuses a broken file with the row and column of each problem", () => {
    const lines = csv.trimEnd().split("\r\n");
    const cell = (line: number, column: string, value: string) => {
      const cells = lines[line]!.split(",");
      cells[header.indexOf(column)] = value;
      return cells.join(",");
    };
    const broken = [
      lines[0],
      cell(1, "cbi_p1", "7"),
      cell(2, "years_support", "abc"),
      cell(3, "years_support", "51"),
      cell(4, "channels_2", ""),
      cell(5, "response_id", "r1"),
      cell(6, "duration_seconds", "-3"),
      lines[7] + ",extra",
    ].join("\n");
    expect(problems(broken)).toEqual([
      "row 2 (response r1), column cbi_p1: 7 is not a code of cbi_p1 (codes: 1, 2, 3, 4, 5)",
      'row 3 (response r2), column years_support: "abc" is not a number',
      "row 4 (response r3), column years_support: 51 is outside 0–50",
      "row 5 (response r4), column channels_2: empty (fill every channels_… column with 0 or 1)",
      'row 6 (response r1), column response_id: "r1" appears more than once',
      'row 7 (response r6), column duration_seconds: "-3" is not a number of seconds',
      `row 8: ${header.length + 1} cells, but the header has ${header.length}`,
    ]);
  });

  it("refuses a header that does not fit the instrument", () => {
    expect(problems("")).toEqual(["the file is empty (no header row)"]);
    const noItems = "response_id,duration_seconds,favourite_colour\nr1,100,blue\n";
    const [unknown, missing] = problems(noItems);
    expect(unknown).toBe("unknown columns (not in this instrument): favourite_colour");
    expect(missing).toMatch(/^missing columns: consent, age_18, support_experience, /);
    expect(problems(`${header.join(",")},cbi_p1\n`)).toEqual(['the header names column "cbi_p1" twice']);
  });
});
