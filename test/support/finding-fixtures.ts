import { erosionBySupportChart } from "../../analysis/charts/erosion-by-support-chart";
import { renderChartSvg } from "../../analysis/charts/render-chart";
import type { FindingSnapshotInput } from "~/findings/finding-snapshot";

/** A small but real snapshot: one chart built and rendered by the analysis library. */
export async function sampleSnapshot(
  options: { lowN?: number; minCellSize?: number } = {},
): Promise<FindingSnapshotInput> {
  const minCellSize = options.minCellSize ?? 10;
  const chart = erosionBySupportChart(
    {
      outcome: "Work-related burnout",
      groups: [
        { level: "low", n: 120, mean: 58.2, ci95: [55.1, 61.3] },
        { level: "middle", n: options.lowN ?? 90, mean: 50.4, ci95: [47, 53.8] },
        { level: "high", n: 130, mean: 44.9, ci95: [42.2, 47.6] },
      ],
      effect: { g: -0.61, ci95: [-0.86, -0.36], first: "high", second: "low" },
    },
    { minCellSize },
  );
  return {
    schemaVersion: 1,
    headline: {
      sentence:
        "Practitioners with high institutional support report less work-related burnout than those with low support.",
      effect: { label: "Hedges g (high − low support)", estimate: -0.61, ci95: [-0.86, -0.36] },
    },
    minCellSize,
    charts: [
      {
        id: chart.id,
        title: chart.title,
        altText: chart.altText,
        spec: JSON.parse(JSON.stringify(chart.spec)) as Record<string, unknown>,
        svg: await renderChartSvg(chart.spec),
        narrow: {
          spec: JSON.parse(JSON.stringify(chart.narrowSpec)) as Record<string, unknown>,
          svg: await renderChartSvg(chart.narrowSpec!),
          width: 320,
          height: 260,
        },
        table: { id: chart.id, title: chart.title, ...chart.table },
      },
    ],
    methods: {
      sponsor: "The Negative Space research team.",
      population: "Customer-support and IT help-desk practitioners.",
      recruitment: "Self-selected, non-probability sample; no margin of sampling error is claimed.",
      sampleType: "Non-probability (opt-in online).",
      instrument: {
        title: "Support Work and Erosion Survey",
        version: 1,
        contentHash: "abc123def4567890",
        codebookUrl: "/codebook",
      },
      fieldwork: { from: "2026-09", to: "2026-11" },
      mode: "Online self-completion.",
      counts: { started: 400, completed: 340, analysed: 330 },
      subgroups: [{ label: "Low support", n: 120 }],
      exclusions: [{ reason: "speeder", count: 10, rule: "under a third of the median duration" }],
      missingData: "Scale scores need at least half of their items.",
      tests: ["Welch t-test"],
      correction: "Holm across the family of support comparisons.",
      smallCellRule: `Groups with fewer than ${minCellSize} respondents are not shown.`,
      caveats: ["Cross-sectional: associations, not causes."],
      reproducibility: "Seed 1, 2,000 bootstrap resamples.",
    },
    citation: { authors: "Negative Space research team", publisher: "Negative Space" },
  };
}
