import { CHART_WIDTH, wrapText } from "../../analysis/charts";
import {
  type DownloadProvenance,
  provenanceMetadata,
  sourceLine,
  syntheticNotice,
} from "./download-provenance";

const wrap = (text: string) => wrapText(text, CHART_WIDTH - 24, 12);

type Title = string | { text: string | string[]; subtitle?: string | string[] } | undefined;

/**
 * A chart's vega-lite spec as downloaded: the provenance in `usermeta.provenance`, and the source line (and the
 * synthetic stamp first, when it applies) added to the title's subtitle, wrapped to the chart's width as the house
 * subtitles are (12 px), so a re-rendered chart shows it too.
 */
export function specWithProvenance(spec: Record<string, unknown>, p: DownloadProvenance) {
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
