import type { LayerEncoding, UnitLayer } from "./vega-lite-types";

/** The point mark's own look in {@link precisionPointLayers} (type, fill and opacity are set there). */
export interface PointLook {
  size: number;
  strokeWidth: number;
  shape?: string;
  color?: string;
}

/**
 * The two point layers of a chart's means: filled where an estimate rests on enough respondents, open (white
 * fill) where it is flagged low precision, so the charts' shared subtitle line "Open symbols: fewer than …
 * respondents (low precision)" holds for every one of them.
 *
 * Method: one opaque point layer per precision, filtered on the datum's boolean `lowPrecision` field; the open
 * one is named `<name>_low_precision`. Both share the data, the encoding and the rest of the mark.
 *
 * Cost: O(1).
 *
 * @param name the filled layer's name
 * @param points the mark's look, the encoding and, when the points are not the spec's top-level data, their data
 * @returns [filled layer, open layer]
 * @example
 * precisionPointLayers("band_mean", { data: { name: "bands" }, mark: { size: 64, strokeWidth: 1.5 }, encoding });
 */
export function precisionPointLayers(
  name: string,
  points: { data?: UnitLayer["data"]; mark: PointLook; encoding: LayerEncoding },
): UnitLayer[] {
  return [false, true].map((open): UnitLayer => ({
    name: open ? `${name}_low_precision` : name,
    ...(points.data ? { data: points.data } : {}),
    transform: [{ filter: open ? "datum.lowPrecision" : "!datum.lowPrecision" }],
    mark: { type: "point", filled: !open, fill: open ? "white" : undefined, ...points.mark, opacity: 1 },
    encoding: points.encoding,
  }));
}
