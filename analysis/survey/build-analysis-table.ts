import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { createScorer, type Scores } from "../../instrument/scoring";
import { fieldsById } from "../../instrument/traversal";
import { fieldScorer } from "./field-scorer";
import type { ResolvedRoles } from "./resolve-roles";
import type { SurveyResponseInput } from "./survey-options";

/** The analysed responses with the role variables as numeric columns. */
export interface AnalysisTable {
  /** analysed responses (exclusions removed), in input order, with their scores */
  rows: { answers: Answers; scores: Scores; durationSeconds: number | null; language: string }[];
  /** every role variable by id: a value per analysed row, NaN when missing */
  columns: Map<string, Float64Array>;
  /** per row: 1 left support, 0 still in support, −1 unknown */
  leaver: Int8Array;
  received: number;
  excluded: { total: number; byReason: { reason: string; n: number }[] };
}

/** The responses without exclusions, scored, and how many responses each exclusion reason removed. */
function scoredRows(definition: InstrumentDefinition, responses: readonly SurveyResponseInput[]) {
  const score = createScorer(definition);
  const reasons = new Map<string, number>();
  const rows: AnalysisTable["rows"] = [];
  for (const response of responses) {
    if (
      typeof response?.id !== "string" ||
      typeof response.answers !== "object" ||
      response.answers === null
    ) {
      throw new Error("runSurveyAnalysis requires every response to have an id and an answers object");
    }
    const excludedFor = new Set((response.excluded ?? []).map((exclusion) => exclusion.reason));
    if (excludedFor.size > 0) {
      for (const reason of excludedFor) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      continue;
    }
    const duration = response.durationSeconds;
    rows.push({
      answers: response.answers,
      scores: score(response.answers),
      durationSeconds: typeof duration === "number" && Number.isFinite(duration) ? duration : null,
      language: typeof response.language === "string" ? response.language : "en",
    });
  }
  return { rows, reasons };
}

/** Every role variable as a column: a scale's or derived variable's score, or an item's scored answer. */
function roleColumns(definition: InstrumentDefinition, rows: AnalysisTable["rows"], roles: ResolvedRoles) {
  const fields = fieldsById(definition);
  const ids = new Set([
    roles.tenure.id,
    roles.support.id,
    ...roles.erosion.map((v) => v.id),
    roles.capacity.then.id,
    roles.capacity.now.id,
    roles.capacity.drop.id,
    roles.yearsSinceLeaving.id,
    ...roles.leaverOutcomes.map((v) => v.id),
  ]);
  const columns = new Map<string, Float64Array>();
  for (const id of ids) {
    const field = fields.get(id);
    const score = field ? fieldScorer(field) : () => null;
    const column = new Float64Array(rows.length);
    rows.forEach(({ answers, scores }, i) => {
      const value = id in scores ? scores[id] : score(answers[id]);
      column[i] = typeof value === "number" ? value : Number.NaN;
    });
    columns.set(id, column);
  }
  return columns;
}

/**
 * Applies the exclusions (a response with any reason is left out; each reason is counted once per response),
 * scores the rest with the instrument's own scoring (`createScorer`: reverse items, 0–100 rescaling, the
 * minimum-answered rule) and lays the role variables out as columns: a scale or derived variable reads its
 * score, an item its scored answer (`fieldScore` via {@link fieldScorer}: an option's score or code; "don't know" is missing).
 *
 * Cost: O(n · fields).
 *
 * @throws Error "runSurveyAnalysis requires every response to have an id and an answers object"
 * @example
 * const table = buildAnalysisTable(definition, responses, resolveRoles(definition, SURVEY_ROLES));
 * table.columns.get("years_support"); // Float64Array of tenure, NaN where missing
 */
export function buildAnalysisTable(
  definition: InstrumentDefinition,
  responses: readonly SurveyResponseInput[],
  roles: ResolvedRoles,
): AnalysisTable {
  const { rows, reasons } = scoredRows(definition, responses);
  const columns = roleColumns(definition, rows, roles);
  const leaver = Int8Array.from(rows, ({ answers }) => {
    const role = answers[roles.leaver.item];
    return typeof role !== "number" ? -1 : role === roles.leaver.code ? 1 : 0;
  });
  const byReason = [...reasons.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, n]) => ({ reason, n }));
  return {
    rows,
    columns,
    leaver,
    received: responses.length,
    excluded: { total: responses.length - rows.length, byReason },
  };
}
