import type {
  CapacityThenNowInput,
  ErosionBySupportInput,
  HarmTrajectoryGroup,
  HarmTrajectoryInput,
  LeaversVersusStayersInput,
} from "../../../../analysis/charts/index";

// Synthetic, hand-made numbers shaped like the survey's results (not from any respondent). They only need to be
// plausible and internally consistent: each band mean lies near its group's curve, CIs shrink with n.

const BANDS = [
  { band: "0–2 years", from: 0, to: 2, x: 1 },
  { band: "2–5 years", from: 2, to: 5, x: 3.5 },
  { band: "5–10 years", from: 5, to: 10, x: 7.5 },
  { band: "10–20 years", from: 10, to: 20, x: 14 },
  { band: "20+ years", from: 20, to: null, x: 24 },
] as const;

function group(
  level: "low" | "middle" | "high",
  base: number,
  rise: number,
  ns: number[],
): HarmTrajectoryGroup {
  const f = (x: number) => base + rise * (1 - Math.exp(-x / 8));
  const half = (n: number) => 1.96 * (18 / Math.sqrt(n));
  const curve = Array.from({ length: 101 }, (_, i) => {
    const x = (30 * i) / 100;
    const w = 2.5 + 0.25 * x;
    return { x, fit: f(x), lo: f(x) - w, hi: f(x) + w };
  });
  const bands = BANDS.map((b, i) => {
    const n = ns[i]!;
    const mean = f(b.x) + (i % 2 === 0 ? 1.2 : -0.9);
    return { ...b, n, mean, ci95: [mean - half(n), mean + half(n)] as const };
  });
  return { level, n: ns.reduce((a, b) => a + b, 0), bands, curve };
}

export function harmInput(ns?: { low?: number[]; middle?: number[]; high?: number[] }): HarmTrajectoryInput {
  return {
    outcome: "Work-related burnout",
    groups: [
      group("low", 38, 30, ns?.low ?? [62, 71, 58, 44, 21]),
      group("middle", 36, 21, ns?.middle ?? [55, 66, 61, 40, 18]),
      group("high", 34, 12, ns?.high ?? [60, 69, 57, 46, 26]),
    ],
  };
}

const ci = (mean: number, sd: number, n: number) => {
  const half = (1.96 * sd) / Math.sqrt(n);
  return [mean - half, mean + half] as const;
};

export function erosionInput(n: { low?: number; high?: number } = {}): ErosionBySupportInput {
  const nLow = n.low ?? 150;
  const nHigh = n.high ?? 142;
  return {
    outcome: "Work-related burnout",
    groups: [
      { level: "low", n: nLow, mean: 58.2, ci95: ci(58.2, 18, nLow) },
      { level: "high", n: nHigh, mean: 49.0, ci95: ci(49.0, 18, nHigh) },
    ],
    effect: { g: -0.51, ci95: [-0.74, -0.27], first: "high", second: "low" },
  };
}

export function capacityInput(ns: number[] = [88, 102, 91, 64, 27]): CapacityThenNowInput {
  const now = [7.6, 6.8, 6.0, 5.4, 5.1];
  const then = [8.3, 8.1, 8.2, 7.9, 8.0];
  return {
    bands: BANDS.map((b, i) => {
      const n = ns[i]!;
      const c = now[i]! - then[i]!;
      return {
        band: b.band,
        n,
        then: { mean: then[i]!, ci95: ci(then[i]!, 1.6, n) },
        now: { mean: now[i]!, ci95: ci(now[i]!, 2.0, n) },
        change: { mean: c, ci95: ci(c, 1.9, n) },
      };
    }),
  };
}

export function leaversInput(ns: number[] = [34, 41, 29], stayersN = 240): LeaversVersusStayersInput {
  const means = [63.5, 55.2, 47.8];
  const labels = ["under 1 year ago", "1–3 years ago", "3+ years ago"];
  const xs = [0.5, 2, 5];
  return {
    outcome: "Personal burnout",
    stayers: { n: stayersN, mean: 61.2, ci95: ci(61.2, 19, stayersN) },
    byYearsSinceLeaving: means.map((mean, i) => ({
      band: labels[i]!,
      x: xs[i]!,
      n: ns[i]!,
      mean,
      ci95: ci(mean, 19, ns[i]!),
    })),
  };
}
