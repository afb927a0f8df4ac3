// The server-only entry of the analysis library: charts rendered to SVG and PNG on the server (vega, resvg, the
// bundled DejaVu fonts, node:fs). Kept out of analysis/index.ts so that no browser bundle can reach it.
export * from "./charts/chart-font-files";
export * from "./charts/render-chart";
