import { supportLevelStyle, type SupportLevel } from "./support-level-style";
import type { LayerEncoding } from "./vega-lite-types";

/** vega-lite channel definitions keyed on the `support` field (values: level labels such as "Low"). */
export interface SupportLegendEncoding {
  /** colour (every layer) and shape (point layers) carry the one legend, "Institutional support" */
  color: NonNullable<LayerEncoding["color"]>;
  shape: NonNullable<LayerEncoding["shape"]>;
}

/**
 * Encodings for the institutional-support levels actually shown: colour and shape share one legend whose
 * entries read as given (e.g. "Low (n = 212)") with opaque symbols (a translucent band layer would otherwise
 * fade them). Dash patterns are set per layer from {@link supportLevelStyle} (a dash scale would need a legend
 * of its own). Hidden levels are absent from every scale domain, so nothing names them.
 *
 * Cost: O(L) for L levels.
 *
 * @param entries the shown levels in display order, with their legend labels
 * @example
 * const enc = supportLegendEncoding([{ level: "low", label: "Low (n = 212)" }]);
 */
export function supportLegendEncoding(
  entries: readonly { level: SupportLevel; label: string }[],
): SupportLegendEncoding {
  const styles = entries.map((e) => supportLevelStyle(e.level));
  const domain = styles.map((s) => s.label);
  const labelExpr = entries.reduceRight(
    (rest, e, i) => `datum.label === ${JSON.stringify(domain[i])} ? ${JSON.stringify(e.label)} : ${rest}`,
    "datum.label",
  );
  const common = { field: "support", type: "nominal", title: "Institutional support", sort: domain } as const;
  const legend = { labelExpr, symbolOpacity: 1, symbolStrokeWidth: 1.5, symbolSize: 80 };
  return {
    color: { ...common, scale: { domain, range: styles.map((s) => s.color) }, legend },
    shape: { ...common, scale: { domain, range: styles.map((s) => s.shape) }, legend },
  };
}
