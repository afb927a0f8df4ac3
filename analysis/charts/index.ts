// Charts as data: each builder returns a vega-lite spec with its alt text and data table. Rendering them to
// SVG and PNG (vega, resvg, the bundled fonts) is server-only and has its own entry, analysis/render.ts.
export * from "./assert-mean-estimate";
export * from "./capacity-then-now-chart";
export * from "./cell-note";
export * from "./chart-config";
export * from "./chart-title";
export * from "./chart-types";
export * from "./clip-curve";
export * from "./dejavu-sans-text-width";
export * from "./erosion-by-support-chart";
export * from "./format-estimate";
export * from "./format-number";
export * from "./last-digit-unit";
export * from "./harm-trajectory-chart";
export * from "./in-sentence";
export * from "./leavers-versus-stayers-chart";
export * from "./responses-by-day-chart";
export * from "./stamp-chart-svg";
export * from "./support-legend-encoding";
export * from "./support-level-style";
export * from "./vega-lite-types";
export * from "./wrap-text";
