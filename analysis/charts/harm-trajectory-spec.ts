import type { ChartLayout } from "./chart-config";
import { chartFrame } from "./chart-frame";
import { formatNumber } from "./format-number";
import type { HarmGroupCells, HarmTrajectoryInput } from "./harm-trajectory-chart";
import { meanInterval, type PublicationRule } from "./mean-rows";
import { precisionPointLayers } from "./precision-point-layers";
import { supportLegendEncoding, type SupportLegendEncoding } from "./support-legend-encoding";
import { supportLevelStyle, type SupportLevel } from "./support-level-style";
import type { LayerEncoding, LayeredSpec, UnitLayer } from "./vega-lite-types";
import { harmHiddenNote } from "./harm-hidden-note";

/** The chart's two datasets: shown band means (nudged apart per level) and the clipped curves. */
function harmDatasets(cells: readonly HarmGroupCells[], rule: PublicationRule) {
  const levels = cells.filter((cell) => cell.drawn).map((cell) => cell.group.level);
  const allX = cells.flatMap((cell) => cell.visible.map((b) => b.x));
  const dodge = 0.012 * (allX.length > 1 ? Math.max(...allX) - Math.min(...allX) : 1);
  const bands = cells.flatMap(({ group, visible }) => {
    const offset = (levels.indexOf(group.level) - (levels.length - 1) / 2) * dodge;
    return visible.map((b) => ({
      support: supportLevelStyle(group.level).label,
      band: b.band,
      x: b.x + offset,
      n: b.n,
      ...meanInterval(b),
      ci: `[${formatNumber(b.ci95[0])}, ${formatNumber(b.ci95[1])}]`,
      lowPrecision: b.n < rule.lowBelow,
    }));
  });
  const curve = cells.flatMap(({ group, curve }) =>
    curve.map((p) => ({ support: supportLevelStyle(group.level).label, ...p })),
  );
  return { allX, bands, curve };
}

/** The layers: curve bands, one dashed curve line per level, band CIs, and band means (open when imprecise). */
function harmLayers(
  outcome: string,
  levels: readonly SupportLevel[],
  x: LayerEncoding["x"],
  legend: SupportLegendEncoding,
): UnitLayer[] {
  const y = { field: "lo", type: "quantitative", title: `${outcome} (score 0–100)` } as const;
  return [
    {
      name: "curve_band",
      data: { name: "curve" },
      mark: { type: "area", opacity: 0.13 },
      encoding: {
        x,
        y: { ...y, scale: { domain: [0, 100], nice: false }, axis: { tickCount: 5 } },
        y2: { field: "hi" },
        color: legend.color,
      },
    },
    // One line layer per level: the dash is a mark property, so it needs no legend of its own.
    ...levels.map((level): UnitLayer => ({
      name: `curve_line_${level}`,
      data: { name: "curve" },
      transform: [{ filter: { field: "support", equal: supportLevelStyle(level).label } }],
      mark: { type: "line", strokeWidth: 2, strokeDash: supportLevelStyle(level).dash },
      encoding: { x, y: { field: "fit", type: "quantitative" }, color: legend.color },
    })),
    {
      name: "band_ci",
      data: { name: "bands" },
      mark: { type: "rule", strokeWidth: 1.5 },
      encoding: { x, y: { field: "lo", type: "quantitative" }, y2: { field: "hi" }, color: legend.color },
    },
    ...precisionPointLayers("band_mean", {
      data: { name: "bands" },
      mark: { size: 64, strokeWidth: 1.5 },
      encoding: {
        x,
        y: { field: "mean", type: "quantitative" },
        color: legend.color,
        shape: legend.shape,
        tooltip: [
          { field: "support", title: "Institutional support" },
          { field: "band", title: "Years in support" },
          { field: "n", title: "n" },
          { field: "mean", title: "Mean", format: ".1f" },
          { field: "ci", title: "95% CI" },
        ],
      },
    }),
  ];
}

/**
 * Step 4 of {@link harmTrajectoryChart}, the spec: the subtitle (method, caveat, and the low-precision and
 * small-cell notes when they apply), the shown levels' legend with n, an x axis from 0 with room after the last
 * point or curve end, and the layers over the shown cells only.
 */
export function harmTrajectorySpec(
  input: HarmTrajectoryInput,
  cells: readonly HarmGroupCells[],
  rule: PublicationRule,
  text: { title: string; altText: string },
  layout: ChartLayout = "wide",
): LayeredSpec {
  const data = harmDatasets(cells, rule);
  const shown = cells.filter((cell) => cell.drawn).map((cell) => cell.group);
  const subtitle = [
    `Points: band means with 95% CI; line: ${input.curveLabel ?? "restricted cubic spline"} fit with 95% band.`,
    "Cross-sectional: associations, not causes (people with the most erosion may have left).",
  ];
  if (data.bands.some((r) => r.lowPrecision))
    subtitle.push(`Open symbols: fewer than ${rule.lowBelow} respondents (low precision).`);
  const hiddenNote = harmHiddenNote(cells, rule.k);
  if (hiddenNote) subtitle.push(hiddenNote);
  const legend = supportLegendEncoding(
    shown.map((g) => ({ level: g.level, label: `${supportLevelStyle(g.level).label} (n = ${g.n})` })),
  );
  const right = Math.max(1, ...data.allX, ...data.curve.map((p) => p.x));
  const x: LayerEncoding["x"] = {
    field: "x",
    type: "quantitative",
    title: "Years in customer support",
    scale: { domain: [0, Math.ceil(right * 1.04)], nice: false },
  };
  return {
    ...chartFrame({ ...text, subtitle }, layout === "narrow" ? 260 : 340, layout),
    datasets: { bands: data.bands, curve: data.curve },
    layer: harmLayers(
      input.outcome,
      shown.map((g) => g.level),
      x,
      legend,
    ),
  };
}
