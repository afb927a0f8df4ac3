import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { htmlText } from "../../instrument/encode/html-text";
import { CHART_FONT } from "./chart-config";
import { dejavuSansTextWidth } from "./dejavu-sans-text-width";

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}
// vega-scenegraph's text measurer (exported by vega, absent from its typings). Without a canvas it guesses
// 0.8 em per character; the house charts are all set in DejaVu Sans, so measure that font instead (as
// vl-convert does for its fonts). Installed once, process-wide, on first use.
const textMetrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } })
  .textMetrics;
const bold = (w: TextItem["fontWeight"]) =>
  w === "bold" || w === "bolder" || (typeof w === "number" && w >= 600);
function useDejavuMetrics(): void {
  textMetrics.width = (item, text) =>
    dejavuSansTextWidth(text == null ? "" : String(text).trim(), item.fontSize ?? 11, bold(item.fontWeight));
}

/**
 * Renders a vega-lite spec to a self-contained, accessible SVG string on the server (no DOM, no canvas, no
 * network): the root `<svg>` gets role="img", an aria-label and a `<title>` holding the alt text.
 *
 * Method: vega-lite `compile` → `vega.parse` → `new vega.View(runtime, { renderer: "none" }).toSVG()`, the view
 * finalized afterwards. Text is measured with DejaVu Sans' advance widths ({@link dejavuSansTextWidth}) instead
 * of vega's canvas-less guess; this replaces vega's measurer for the whole process.
 *
 * Cost: dominated by vega's dataflow, roughly linear in the number of data rows and marks (tens of ms here).
 *
 * @param spec a vega-lite spec; its `description` is the alt text unless `options.altText` is given
 * @throws Error "renderChartSvg requires alt text (spec.description or options.altText)"
 * @throws errors of vega-lite `compile` for an invalid spec
 * @example
 * const svg = await renderChartSvg(harmTrajectoryChart(input, { minCellSize: 10 }).spec);
 */
export async function renderChartSvg(
  spec: TopLevelSpec,
  options: { altText?: string } = {},
): Promise<string> {
  const altText = options.altText ?? spec.description;
  if (!altText) throw new Error("renderChartSvg requires alt text (spec.description or options.altText)");
  useDejavuMetrics();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const label = htmlText(altText);
  return svg.replace(/^<svg\b([^>]*)>/, `<svg$1 role="img" aria-label="${label}"><title>${label}</title>`);
}

/**
 * Rasterises a chart SVG to PNG with the bundled fonts only — system fonts are never loaded, so the image is
 * identical on every machine. Without font files resvg silently drops all text, hence the check.
 *
 * Method: @resvg/resvg-js (`loadSystemFonts: false`, `fontFiles`, DejaVu Sans as default and sans-serif
 * family), zoomed by `scale`.
 *
 * Cost: proportional to the output pixels (width·height·scale²); ~0.1 s for a 600 px chart at scale 2 here.
 *
 * @param svg an SVG string, e.g. from {@link renderChartSvg}
 * @param options.fontFiles font file paths, e.g. {@link chartFontFiles}()
 * @param options.scale zoom factor (default 2, for sharp print and high-density screens)
 * @returns the PNG bytes
 * @throws Error "renderChartPng requires at least one font file"
 * @throws Error "renderChartPng cannot find font file <path>"
 * @throws Error "renderChartPng requires a positive finite scale"
 * @example
 * const png = renderChartPng(svg, { fontFiles: chartFontFiles(), scale: 2 });
 * new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
 */
export function renderChartPng(
  svg: string,
  options: { fontFiles: readonly string[]; scale?: number },
): Buffer {
  const scale = options.scale ?? 2;
  if (options.fontFiles.length === 0) throw new Error("renderChartPng requires at least one font file");
  for (const f of options.fontFiles)
    if (!existsSync(f)) throw new Error(`renderChartPng cannot find font file ${f}`);
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new Error("renderChartPng requires a positive finite scale");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...options.fontFiles],
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
    },
  });
  return resvg.render().asPng();
}
