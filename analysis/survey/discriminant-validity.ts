import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { formatNumber } from "../charts/format-number";
import { cronbachAlpha } from "../cronbach-alpha";
import { disattenuatedCorrelation } from "../disattenuated-correlation";
import { htmtBootstrap } from "../htmt-bootstrap";
import { pearsonR } from "../pearson-r";
import type { AnalysisTable } from "./build-analysis-table";
import { completeCases } from "./complete-cases";
import { formatInterval } from "./format-statistics";
import { keyedItemColumns } from "./keyed-item-columns";
import type { AnalysisVariable, ResolvedRoles } from "./resolve-roles";
import type { AnalysisSettings, DiscriminantValidity } from "./results-types";

/** HTMT threshold of the criterion: Kline's 0.85, the stricter of Henseler et al.'s (2015) two. */
export const HTMT_THRESHOLD = 0.85;

export const HTMT_CRITERION =
  `Discriminant validity is supported when the upper bound of HTMT's 95 % percentile bootstrap CI is below ` +
  `${HTMT_THRESHOLD} (HTMT.85 of Henseler, Ringle & Sarstedt 2015, tested with the bootstrap bound as Franke & ` +
  `Sarstedt 2019 recommend); it is rejected when the lower bound is at or above ${HTMT_THRESHOLD}; otherwise it ` +
  `is inconclusive.`;

const row = (columns: Float64Array[], i: number) => columns.map((c) => c[i]!);
const scoreOf = (columns: Float64Array[]) =>
  Float64Array.from(columns[0]!, (_, i) => row(columns, i).reduce((a, b) => a + b, 0) / columns.length);

function verdictOf([low, high]: [number, number]): DiscriminantValidity["verdict"] {
  if (high < HTMT_THRESHOLD) return "distinct";
  return low >= HTMT_THRESHOLD ? "not distinct" : "inconclusive";
}

function statementOf(result: Omit<DiscriminantValidity, "statement">): string {
  const [a, b] = result.scales;
  const { htmt } = result;
  const verdict = {
    distinct: `the upper bound is below ${HTMT_THRESHOLD}, so the two scales are empirically distinct`,
    "not distinct": `the lower bound is at or above ${HTMT_THRESHOLD}, so the two scales are not empirically distinct`,
    inconclusive: `the interval contains ${HTMT_THRESHOLD}, so whether the two scales are distinct is inconclusive`,
  }[result.verdict];
  return (
    `${a.label} and ${b.label}: HTMT = ${formatNumber(htmt.estimate, 2)} (95 % percentile bootstrap CI ` +
    `${formatInterval(htmt.ci95, htmt.digits)}, B = ${htmt.B}); ${verdict}. The correlation of the two scores is ` +
    `r = ${formatNumber(result.scoreCorrelation, 2)}, ${formatNumber(result.disattenuated, 2)} corrected for ` +
    `unreliability (Cronbach's α ${formatNumber(result.alpha[0], 2)} and ${formatNumber(result.alpha[1], 2)}; ` +
    `n = ${result.n} with every item of both scales answered).`
  );
}

/** One pair on the respondents who answered every item of both scales. */
function pairValidity(
  pair: [AnalysisVariable, AnalysisVariable],
  columns: [Float64Array[], Float64Array[]],
  settings: AnalysisSettings,
): DiscriminantValidity | { scales: [AnalysisVariable, AnalysisVariable]; note: string } {
  const p = columns[0].length;
  const complete = completeCases([...columns[0], ...columns[1]]);
  const [x, y] = [complete.slice(0, p), complete.slice(p)];
  const n = complete[0]!.length;
  const k = Math.max(settings.minCellSize, 10);
  if (n < k) return { scales: pair, note: `fewer than ${k} respondents answered every item of both scales` };
  try {
    const htmt = htmtBootstrap(x, y, { ...settings.bootstrap, digits: 2 });
    const alpha = [x, y].map(
      (items) => cronbachAlpha(Array.from(items[0]!, (_, i) => row(items, i))).alpha,
    ) as [number, number];
    const scoreCorrelation = pearsonR(scoreOf(x), scoreOf(y)) ?? Number.NaN;
    const result = {
      scales: pair,
      n,
      htmt,
      scoreCorrelation,
      alpha,
      disattenuated: disattenuatedCorrelation(scoreCorrelation, alpha[0], alpha[1]),
      criterion: { threshold: HTMT_THRESHOLD, description: HTMT_CRITERION },
      verdict: verdictOf(htmt.ci95),
    };
    return { ...result, statement: statementOf(result) };
  } catch (error) {
    return { scales: pair, note: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Discriminant validity of each pair of scales the roles name (`discriminantPairs`), on the respondents who
 * answered every item of both (listwise; items keyed as the scoring keys them, {@link keyedItemColumns}): the
 * heterotrait–monotrait ratio with its percentile bootstrap CI ({@link htmtBootstrap}, B and seed from the
 * settings), judged by {@link HTMT_CRITERION}; beside it the correlation of the two scores (means of the keyed
 * items) and that correlation disattenuated by both scales' Cronbach's α on the same respondents
 * ({@link disattenuatedCorrelation}).
 *
 * Cost: O(pairs · B · n · items²).
 *
 * @returns one result per pair, or a note saying why it is missing (too few complete respondents, no variance)
 * @example
 * discriminantValidity(definition, table, roles, settings)[0].verdict; // "distinct"
 */
export function discriminantValidity(
  definition: InstrumentDefinition,
  table: AnalysisTable,
  roles: ResolvedRoles,
  settings: AnalysisSettings,
): (DiscriminantValidity | { scales: [AnalysisVariable, AnalysisVariable]; note: string })[] {
  return roles.discriminantPairs.map((pair) => {
    const columns = pair.map((scale) => keyedItemColumns(definition, table, scale.id)) as [
      Float64Array[],
      Float64Array[],
    ];
    return pairValidity(pair, columns, settings);
  });
}
