// The public API of the analysis library (issue 4). Everything here is pure: no I/O, no app or database imports.
// Server-only modules are imported from their files: analysis/charts/render-chart (SVG/PNG rendering with
// vega and resvg) and analysis/charts/chart-font-files (font paths), and the CLI is scripts/analyze.ts.

// Distributions
export * from "./distributions/index";

// Statistics
export * from "./assert-finite-sample";
export * from "./bca-interval";
export * from "./benjamini-hochberg";
export * from "./binomial-draw";
export * from "./bootstrap-ci";
export * from "./bootstrap-mean-difference";
export * from "./bootstrap-quantile";
export * from "./cliffs-delta-ci";
export * from "./cliffs-delta";
export * from "./complete-item-rows";
export * from "./cronbach-alpha";
export * from "./hedges-g";
export * from "./holm";
export * from "./item-total-correlations";
export * from "./johnson-neyman";
export * from "./lowess";
export * from "./mann-whitney-u";
export * from "./mean-and-variance";
export * from "./mean-ci";
export * from "./nested-f-test";
export * from "./ols";
export * from "./pearson";
export * from "./percentile-interval";
export * from "./rank-sum";
export * from "./restricted-cubic-spline";
export * from "./seeded-rng";
export * from "./simple-slopes";
export * from "./spline-fit";
export * from "./tost-coefficient";
export * from "./tost-welch";
export * from "./welch-t-test";
export * from "./wilson-ci";

// Disclosure control: small-cell suppression, the k-anonymity plan
export * from "./disclosure/index";

// Synthetic data
export * from "./synthetic-panel";

// Charts as vega-lite specs (rendering: analysis/charts/render-chart)
export * from "./charts/assert-mean-estimate";
export * from "./charts/capacity-then-now-chart";
export * from "./charts/cell-note";
export * from "./charts/chart-config";
export * from "./charts/chart-title";
export * from "./charts/chart-types";
export * from "./charts/clip-curve";
export * from "./charts/dejavu-sans-text-width";
export * from "./charts/erosion-by-support-chart";
export * from "./charts/format-estimate";
export * from "./charts/format-number";
export * from "./charts/harm-trajectory-chart";
export * from "./charts/leavers-versus-stayers-chart";
export * from "./charts/support-legend-encoding";
export * from "./charts/support-level-style";
export * from "./charts/vega-lite-types";
export * from "./charts/wrap-text";

// The survey analysis: runSurveyAnalysis and its parts, results types, CSV, charts, summaries
export * from "./survey/build-analysis-table";
export * from "./survey/build-charts";
export * from "./survey/capacity-then-now";
export * from "./survey/caveats";
export * from "./survey/chart-table-csv";
export * from "./survey/coefficient-with-ci";
export * from "./survey/complete-cases";
export * from "./survey/csv-columns";
export * from "./survey/describe-variables";
export * from "./survey/field-score-range";
export * from "./survey/field-scorer";
export * from "./survey/format-statistics";
export * from "./survey/harm-trajectory";
export * from "./survey/leaver-analysis";
export * from "./survey/leaver-conclusion";
export * from "./survey/mean-cell";
export * from "./survey/moderation";
export * from "./survey/proportion-cells";
export * from "./survey/quantile-sorted";
export * from "./survey/read-responses-csv";
export * from "./survey/resolve-roles";
export * from "./survey/results-types";
export * from "./survey/roles";
export * from "./survey/run-survey-analysis";
export * from "./survey/scale-reliability";
export * from "./survey/spline-curve";
export * from "./survey/summary-statements";
export * from "./survey/summary-table";
export * from "./survey/support-comparison";
export * from "./survey/support-levels";
export * from "./survey/survey-options";
export * from "./survey/test-families";
export * from "./survey/trajectory-fit";
export * from "./survey/value-bands";
export * from "./survey/write-responses-csv";
