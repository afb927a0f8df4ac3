import { OKABE_ITO } from "./chart-config";

/** Institutional-support levels as the analysis groups them (tertiles, or a low/high split). */
export type SupportLevel = "low" | "middle" | "high";

/** How one support level looks in every chart, so a reader learns it once. */
export interface SupportLevelStyle {
  label: string;
  color: string;
  /** vega point shape */
  shape: string;
  /** vega strokeDash; solid, dashed, dotted so lines differ in greyscale too */
  dash: number[];
}

const STYLES: Record<SupportLevel, SupportLevelStyle> = {
  low: { label: "Low", color: OKABE_ITO.vermillion, shape: "circle", dash: [] },
  middle: { label: "Middle", color: OKABE_ITO.bluishGreen, shape: "square", dash: [8, 4] },
  high: { label: "High", color: OKABE_ITO.blue, shape: "triangle-up", dash: [2, 3] },
};

/** The fixed display order of support levels. */
export const SUPPORT_LEVELS: readonly SupportLevel[] = ["low", "middle", "high"];

/**
 * The label, Okabe–Ito colour, point shape and dash pattern of an institutional-support level. Colour, shape
 * and dash all differ, so the levels stay distinct for colour-blind readers and in greyscale print.
 *
 * Cost: O(1).
 *
 * @throws Error "supportLevelStyle requires a level of low, middle or high"
 * @example
 * supportLevelStyle("high"); // { label: "High", color: "#0072B2", shape: "triangle-up", dash: [2, 3] }
 */
export function supportLevelStyle(level: SupportLevel): SupportLevelStyle {
  const style = STYLES[level];
  if (style === undefined) throw new Error("supportLevelStyle requires a level of low, middle or high");
  return { ...style, dash: [...style.dash] };
}
