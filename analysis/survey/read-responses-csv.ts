import Papa from "papaparse";
import type { AnswerValue } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { type MissingReason, missingCodes } from "../../instrument/missing-codes";
import {
  CSV_IGNORED_COLUMNS,
  CSV_REASON_SEPARATOR,
  CSV_RESPONSE_COLUMNS,
  csvAnswerColumns,
  type CsvAnswerColumn,
} from "./csv-columns";
import type { SurveyResponseInput } from "./survey-options";

/** Problems reported before giving up, so a broken file does not flood the terminal. */
const MAX_PROBLEMS = 20;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** A responses CSV that cannot be read; `problems` lists each one with its row and column. */
export class ResponsesCsvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The responses CSV cannot be read:\n- ${problems.join("\n- ")}`);
    this.name = "ResponsesCsvError";
  }
}

function cellValue(column: CsvAnswerColumn, text: string): AnswerValue | string {
  const { field } = column;
  const { item } = field;
  if (item.type === "text") return text;
  if (!NUMBER.test(text)) return `"${text}" is not a number`;
  const value = Number(text);
  if (item.type === "numeric") {
    return value >= item.min && value <= item.max ? value : `${text} is outside ${item.min}–${item.max}`;
  }
  if (column.code !== null) return value === 0 || value === 1 ? value : `"${text}" is not 0 or 1`;
  const codes = (field.options ?? []).map((option) => option.code);
  return codes.includes(value) ? value : `${text} is not a code of ${field.id} (codes: ${codes.join(", ")})`;
}

function checkHeader(header: string[], columns: CsvAnswerColumn[], computed: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push(`the header names column "${name}" twice`);
    seen.add(name);
  }
  const known = new Set<string>([
    ...CSV_RESPONSE_COLUMNS,
    ...CSV_IGNORED_COLUMNS,
    ...columns.map((c) => c.name),
    // Scale scores and derived variables an export appends: recomputed from the answers, so ignored.
    ...computed,
  ]);
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    problems.push(
      `unknown columns (not in this instrument): ${unknown.slice(0, 10).join(", ")}${unknown.length > 10 ? ", …" : ""}`,
    );
  }
  const required = ["response_id", ...columns.filter((c) => c.field.item.type !== "text").map((c) => c.name)];
  const missing = required.filter((name) => !seen.has(name));
  if (missing.length > 0) {
    problems.push(`missing columns: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""}`);
  }
  return problems;
}

/** The CSV's rows (a trailing empty line dropped), or an error for a file Papa Parse cannot read or an empty one. */
function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    delimiter: ",",
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  if (rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === "") rows.pop();
  const problems = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  if (problems.length > 0) throw new ResponsesCsvError(problems.slice(0, MAX_PROBLEMS));
  if (rows.length === 0) throw new ResponsesCsvError(["the file is empty (no header row)"]);
  return rows;
}

/** How to read a data row: a cell by column name, the answer columns present grouped by item, and the missing-data codes. */
interface RowReader {
  at: (row: string[], name: string) => string;
  byItem: Map<string, CsvAnswerColumn[]>;
  /** The export's missing-data codes as written (missingCodes): "997" not shown, "999" skipped, … */
  missing: ReadonlyMap<string, MissingReason>;
}

/**
 * An item's cells with its missing-data codes read as empty, and whether it was shown and left blank (the
 * "skipped" code, stored as null) rather than not shown (no answer at all). Free text is never a code.
 */
function withoutMissingCodes(
  cells: (readonly [CsvAnswerColumn, string])[],
  missing: RowReader["missing"],
): { cells: (readonly [CsvAnswerColumn, string])[]; skipped: boolean } {
  let skipped = false;
  const read = cells.map(([column, cell]) => {
    const reason = column.field.item.type === "text" ? undefined : missing.get(cell);
    if (reason === "skipped") skipped = true;
    return [column, reason ? "" : cell] as const;
  });
  return { cells: read, skipped };
}

/** One row's answers; a problem (with its row and column) for each item whose cells are invalid. */
function rowAnswers(
  row: string[],
  reader: RowReader,
  where: (column: string) => string,
  problems: string[],
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const [itemId, itemColumns] of reader.byItem) {
    const read = withoutMissingCodes(
      itemColumns.map((column) => [column, reader.at(row, column.name)] as const),
      reader.missing,
    );
    const { cells } = read;
    if (cells.every(([, cell]) => cell === "")) {
      if (read.skipped) answers[itemId] = null;
      continue;
    }
    const values = cells.map(([column, cell]) =>
      cell === "" ? `empty (fill every ${itemId}_… column with 0 or 1)` : cellValue(column, cell),
    );
    const bad = values.findIndex(
      (value, i) => typeof value === "string" && cells[i]![0].field.item.type !== "text",
    );
    if (bad >= 0) {
      problems.push(`${where(cells[bad]![0].name)}: ${values[bad] as string}`);
      continue;
    }
    answers[itemId] =
      itemColumns[0]!.code === null
        ? (values[0] as AnswerValue)
        : itemColumns.filter((_, i) => values[i] === 1).map((column) => column.code!);
  }
  return answers;
}

/** One data row as a response (row r, 0-based with the header at 0), its problems added to `problems`. */
function rowResponse(
  row: string[],
  r: number,
  reader: RowReader,
  state: { ids: Set<string>; problems: string[] },
): SurveyResponseInput {
  const { problems } = state;
  const id = reader.at(row, "response_id");
  const where = (column: string) => `row ${r + 1}${id ? ` (response ${id})` : ""}, column ${column}`;
  if (!id) problems.push(`${where("response_id")}: empty`);
  else if (state.ids.has(id)) problems.push(`${where("response_id")}: "${id}" appears more than once`);
  state.ids.add(id);
  const durationText = reader.at(row, "duration_seconds");
  const duration = durationText === "" ? null : NUMBER.test(durationText) ? Number(durationText) : Number.NaN;
  if (duration !== null && !(duration >= 0))
    problems.push(`${where("duration_seconds")}: "${durationText}" is not a number of seconds`);
  const reasons = reader
    .at(row, "excluded")
    .split(CSV_REASON_SEPARATOR)
    .map((reason) => reason.trim())
    .filter(Boolean);
  const answers = rowAnswers(row, reader, where, problems);
  return { id, answers, durationSeconds: duration, excluded: reasons.map((reason) => ({ reason })) };
}

/**
 * Reads a responses CSV as written by the lab's export and {@link writeResponsesCsv}: a header row; one row per
 * response with `response_id` (required, unique), optional `duration_seconds` (seconds, ≥ 0) and `excluded`
 * (empty, or reasons separated by ";"), and the instrument's answer columns ({@link csvAnswerColumns}): an option
 * code, a number within the item's range, text, or 0/1 per option of a multiple-choice item (all empty = not
 * answered). An empty cell is a missing answer, and so is an export's missing-data code (missingCodes: 999,
 * shown and skipped, reads as a blank answer; 997, not shown, as no answer). Columns in {@link CSV_IGNORED_COLUMNS}, and the scale and derived
 * variables an export appends (recomputed from the answers), are accepted and ignored;
 * any other unknown column, a missing answer column, a duplicate id or an invalid value is an error naming the
 * row (the header is row 1) and the column. Strict: nothing is guessed or skipped.
 *
 * Cost: O(n · columns).
 *
 * @throws ResponsesCsvError listing up to 20 problems ("row 5 (response r4), column cbi_p1: 7 is not a code …")
 * @example
 * const responses = readResponsesCsv(fs.readFileSync("responses.csv", "utf8"), definition);
 * runSurveyAnalysis({ definition, responses });
 */
export function readResponsesCsv(text: string, definition: InstrumentDefinition): SurveyResponseInput[] {
  const rows = csvRows(text);
  const header = rows[0]!.map((name) => name.trim());
  const columns = csvAnswerColumns(definition);
  const computed = [
    ...definition.scales.map((scale) => scale.id),
    ...definition.derived.map((variable) => variable.id),
  ];
  const headerProblems = checkHeader(header, columns, computed);
  if (headerProblems.length > 0) throw new ResponsesCsvError(headerProblems);
  const index = new Map(header.map((name, i) => [name, i]));
  const reader: RowReader = {
    at: (row, name) => {
      const i = index.get(name);
      return i === undefined ? "" : row[i]!.trim();
    },
    byItem: new Map(),
    missing: new Map(missingCodes(definition).map((entry) => [String(entry.code), entry.reason])),
  };
  for (const column of columns) {
    if (index.has(column.name))
      reader.byItem.set(column.field.id, [...(reader.byItem.get(column.field.id) ?? []), column]);
  }
  const state = { ids: new Set<string>(), problems: [] as string[] };
  const responses: SurveyResponseInput[] = [];
  for (let r = 1; r < rows.length && state.problems.length < MAX_PROBLEMS; r++) {
    const row = rows[r]!;
    if (row.length !== header.length) {
      state.problems.push(`row ${r + 1}: ${row.length} cells, but the header has ${header.length}`);
      continue;
    }
    responses.push(rowResponse(row, r, reader, state));
  }
  if (state.problems.length > 0) throw new ResponsesCsvError(state.problems.slice(0, MAX_PROBLEMS));
  return responses;
}
