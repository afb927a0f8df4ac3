import { CHART_WIDTH, wrapText } from "../../analysis/charts";
import {
  type DownloadProvenance,
  provenanceMetadata,
  sourceLine,
  syntheticNotice,
} from "./download-provenance";

/** Wraps a subtitle paragraph as the spec's own are: to its width, in its subtitle size (both layouts). */
function wrapperFor(spec: Record<string, unknown>) {
  const width = typeof spec.width === "number" ? spec.width : CHART_WIDTH;
  const config = spec.config as { title?: { subtitleFontSize?: unknown } } | undefined;
  const size = typeof config?.title?.subtitleFontSize === "number" ? config.title.subtitleFontSize : 12;
  return (text: string) => wrapText(text, width - 24, size);
}

type Title = string | { text: string | string[]; subtitle?: string | string[] } | undefined;

/**
 * A chart's vega-lite spec as downloaded: the provenance in `usermeta.provenance`, and the source line (and the
 * synthetic stamp first, when it applies) added to the title's subtitle, wrapped to the chart's width in its
 * subtitle size as the house subtitles are (600 px and 12 px, or 320 px and 13 px narrow), so a re-rendered chart
 * shows it too.
 */
export function specWithProvenance(spec: Record<string, unknown>, p: DownloadProvenance) {
  const wrap = wrapperFor(spec);
  const title = spec.title as Title;
  const base = typeof title === "string" || title === undefined ? { text: title ?? "" } : title;
  const subtitle = base.subtitle === undefined ? [] : [base.subtitle].flat();
  return {
    ...spec,
    title: {
      ...base,
      subtitle: [...(p.isSynthetic ? wrap(syntheticNotice) : []), ...subtitle, ...wrap(sourceLine(p))],
    },
    usermeta: { ...(spec.usermeta as object | undefined), provenance: provenanceMetadata(p) },
  };
}
