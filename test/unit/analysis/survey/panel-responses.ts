import { generateSyntheticPanel } from "../../../../analysis/synthetic-panel";
import type { SurveyResponseInput } from "../../../../analysis/survey/survey-options";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";

/** A synthetic panel (analysis/synthetic-panel.ts, its documented data-generating model) as analysis input. */
export function panelResponses(n: number, seed: number): SurveyResponseInput[] {
  return generateSyntheticPanel(loadDefaultInstrument(), { n, seed }).map((response, i) => ({
    id: `r${i + 1}`,
    answers: response.answers,
    durationSeconds: response.durationSeconds,
  }));
}

/** Every number in a value, with its path, for checks such as "no NaN anywhere". */
export function numbersIn(value: unknown, path = "results"): { path: string; value: number }[] {
  if (typeof value === "number") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

/** Every object in a value that is marked `suppressed: true`, with its path. */
export function suppressedCells(
  value: unknown,
  path = "results",
): { path: string; cell: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => suppressedCells(v, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const own = record.suppressed === true ? [{ path, cell: record }] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => suppressedCells(v, `${path}.${k}`))];
}
