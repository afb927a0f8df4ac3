import type { ScenarioTruth } from "./scenario-truth";
import type { EstimandSummary, ValidationSummary } from "./summarise-replications";

/** A number in about four significant digits, without exponents; "–" for none. */
export function formatValue(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "–";
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.01 ? 3 : 5;
  const text = value.toFixed(decimals);
  return /^-0\.0*$/.test(text) ? text.slice(1) : text;
}

const percent = (value: number | null) => (value === null ? "–" : `${(100 * value).toFixed(1)}`);

const COLUMNS = [
  ["estimand", 48],
  ["truth", 10],
  ["mean", 10],
  ["bias", 10],
  ["RMSE", 9],
  ["SE/SD", 6],
  ["cover %", 8],
  ["level", 6],
  ["reject %", 9],
  ["raw %", 7],
  ["reps", 5],
] as const;

function line(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" ");
}

function estimandRow(s: EstimandSummary, truth: ScenarioTruth, reference?: ScenarioTruth): string[] {
  const exact = truth.estimands[s.id]?.exact ? "=" : "";
  const truthCell = s.truth === null ? (s.h0 ? "H0" : "not H0") : `${exact}${formatValue(s.truth)}`;
  const cells = [
    s.id,
    truthCell,
    formatValue(s.mean),
    formatValue(s.bias),
    formatValue(s.rmse),
    s.seRatio === null ? "–" : s.seRatio.toFixed(2),
    percent(s.coverage),
    s.coverage === null || s.ciLevel === null ? "" : `${Math.round(s.ciLevel * 100)}`,
    percent(s.reject),
    percent(s.rejectRaw),
    String(s.reps),
  ];
  if (reference) cells.push(formatValue(reference.estimands[s.id]?.value ?? null));
  return cells;
}

/**
 * The validation of one scenario as a plain-text table: per estimand the true value ("=" marks one exact by
 * construction; "H0"/"not H0" for a test without a value), the mean estimate, bias, RMSE, the ratio of the
 * standard error its intervals imply to the estimates' SD, the coverage of its interval at its nominal level, the
 * rejection rate with the published (corrected) and the uncorrected p-value, and how many replications published
 * it; then the family-wise rejection rates and the leaver verdicts' shares.
 * With a `reference` truth (e.g. planted beside survivor) its values are shown in a last column.
 *
 * Cost: O(estimands).
 *
 * @example
 * console.log(formatValidationReport(summary, truth));
 */
export function formatValidationReport(
  summary: ValidationSummary,
  truth: ScenarioTruth,
  reference?: ScenarioTruth,
): string {
  const headers: string[] = COLUMNS.map(([name]) => name);
  const widths: number[] = COLUMNS.map(([, width]) => width);
  if (reference) {
    headers.push(`${reference.scenario} truth`);
    widths.push(Math.max(12, reference.scenario.length + 7));
  }
  const rows = summary.estimands.map((s) => line(estimandRow(s, truth, reference), widths));
  const family = summary.familyWise.map(
    ({ family, reject }) => `  ${family.padEnd(42)} ${percent(reject).padStart(6)} %`,
  );
  const verdicts = Object.entries(summary.verdicts).map(
    ([outcome, shares]) =>
      `  ${outcome}: ${Object.entries(shares)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([verdict, share]) => `${verdict} ${percent(share)} %`)
        .join(", ")}`,
  );
  return [
    line(headers, widths),
    ...rows,
    "",
    "Any test of the family rejects (published p < .05):",
    ...family,
    "",
    "Verdicts (leavers; validity: the scale pairs' HTMT verdicts):",
    ...verdicts,
  ].join("\n");
}
