// The public entry of the analysis library (issue 4; entries: decision 019). Everything here is pure: no I/O, no
// app, database or framework imports. Code outside analysis/ imports from this file, from an area's own entry
// (analysis/careless, analysis/charts, analysis/disclosure, analysis/distributions, analysis/survey: smaller, for
// browser bundles and for exports/), or, for rendering charts on the server, from analysis/render.ts.
// The command line is scripts/analyze.ts. A lint rule (eslint.config.js, "analysis-boundary") holds all of this.

// Distributions
export * from "./distributions/index";

// Statistics
export * from "./assert-finite-sample";
export * from "./bca-interval";
export * from "./benjamini-hochberg";
export * from "./binomial-draw";
export * from "./bootstrap-bound-mcse";
export * from "./bootstrap-ci";
export * from "./bootstrap-mean-difference";
export * from "./bootstrap-mean-difference-to-precision";
export * from "./bootstrap-quantile";
export * from "./bootstrap-to-precision";
export * from "./cliffs-delta-ci";
export * from "./cliffs-delta";
export * from "./complete-item-rows";
export * from "./cronbach-alpha";
export * from "./disattenuated-correlation";
export * from "./hedges-g";
export * from "./holm";
export * from "./htmt";
export * from "./htmt-bootstrap";
export * from "./htmt-from-cross-products";
export * from "./item-total-correlations";
export * from "./johnson-neyman";
export * from "./kernel-density-at";
export * from "./lowess";
export * from "./mann-whitney-u";
export * from "./mean-and-variance";
export * from "./mean-ci";
export * from "./nested-f-test";
export * from "./hc3-slope";
export * from "./ols";
export * from "./pearson";
export * from "./pearson-r";
export * from "./percentile-interval";
export * from "./rank-sum";
export * from "./resample-to-precision";
export * from "./restricted-cubic-spline";
export * from "./seeded-rng";
export * from "./silverman-bandwidth";
export * from "./simple-slopes";
export * from "./spline-fit";
export * from "./tost-coefficient";
export * from "./tost-welch";
export * from "./welch-t-test";
export * from "./wilson-ci";

// Careless-responding indices and versionQuality (thresholds passed in)
export * from "./careless/index";

// Disclosure control: small-cell suppression, the k-anonymity plan
export * from "./disclosure/index";

// Synthetic data
export * from "./synthetic-panel";
export * from "./synthetic-waves";

// Charts as vega-lite specs (rendering: analysis/render.ts)
export * from "./charts/index";

// The survey analysis
export * from "./survey/index";

// Within-person change in linked panel waves (issue 14)
export * from "./within-person/index";
