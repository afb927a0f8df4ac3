import type { TopLevelSpec } from "vega-lite";

/** A column of a chart's "show data" table. `unit` is shown after the label, e.g. "points (0–100)". */
export interface ChartColumn {
  key: string;
  label: string;
  unit?: string;
}

/** A table cell: numbers stay numbers (the page formats them); `null` is "not shown" (see the row's note). */
export type ChartCell = string | number | null;

/** The data behind a chart, for the "show data" table and the CSV download. */
export interface ChartTable {
  /** how many rows are hidden, of each kind (`hiddenCellsSentence`); absent when none is */
  note?: string;
  columns: ChartColumn[];
  rows: Record<string, ChartCell>[];
}

/** What every chart builder returns: a vega-lite spec plus its text equivalents. Rendering is a separate step. */
export interface ChartOutput {
  id: string;
  title: string;
  /** vega-lite spec with the data inline; `description` carries `altText` for {@link renderChartSvg}. */
  spec: TopLevelSpec;
  /**
   * The same chart laid out for phones (320 px, larger type; decision 036), same data and alt text. Charts
   * only the lab shows have none.
   */
  narrowSpec?: TopLevelSpec;
  /** One or two sentences stating the finding with its numbers and n. */
  altText: string;
  table: ChartTable;
}

/** A mean with its 95 % confidence interval and the number of respondents behind it. */
export interface MeanEstimate {
  /** already withheld by the analysis, and why: the chart keeps it hidden and says so (its numbers are not read) */
  hidden?: "primary" | "complementary";
  n: number;
  mean: number;
  ci95: readonly [number, number];
}

/** One point of a fitted curve with its pointwise 95 % band (e.g. from `splineFit(...).grid`). */
export interface CurvePoint {
  x: number;
  fit: number;
  lo: number;
  hi: number;
}

/** Publication rules every builder takes. */
export interface ChartOptions {
  /** Small-cell rule k: a group or band with fewer than k respondents is not shown anywhere. */
  minCellSize: number;
  /** Estimates from fewer respondents than this are flagged "low precision" (default 30). */
  lowPrecisionBelow?: number;
}
