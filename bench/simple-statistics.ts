// simple-statistics against the analysis library's own functions where the two overlap (decision 019): accuracy as
// the log relative error (LRE, digits that agree; 15.9 = identical to R) against R 4.2's values for the reference
// data sets of test/unit/analysis and NIST StRD's NumAcc1–4, and speed in µs per call at n = 30, 1,000 and 100,000.
// Prints figures; asserts nothing. Usage: npm run bench:simple-statistics
import * as ss from "simple-statistics";
import { createRng, meanAndVariance, normalCdf, ols, pearsonR, rankSum, welchTTest } from "../analysis";
import {
  CARS_DIST,
  CARS_SPEED,
  MTCARS_MPG,
  MTCARS_WT,
} from "../test/unit/analysis/regression-reference-data";
import { MPG_AUTOMATIC, MPG_MANUAL, SLEEP_1, SLEEP_2 } from "../test/unit/analysis/two-sample-reference-data";

// Law-school data (Efron & Tibshirani 1993), as in test/unit/analysis/pearson.test.ts.
const LSAT = [576, 635, 558, 578, 666, 580, 555, 661, 651, 605, 653, 575, 545, 572, 594];
const GPA = [3.39, 3.3, 2.81, 3.03, 3.44, 3.07, 3.0, 3.43, 3.36, 3.13, 3.12, 2.74, 2.76, 2.88, 2.96];

type Pair = {
  name: string;
  ours: (x: number[], y: number[]) => number;
  theirs: (x: number[], y: number[]) => number;
};

/** The survey analysis's own median and quantiles until issue 16: sort a copy, then read R's type 7. */
const sortedQuantile = (x: number[], p: number) => {
  const sorted = Float64Array.from(x).sort();
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
};
/** A plain running sum, as the library's loops add up. */
const naiveSum = (x: number[]) => {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i]!;
  return sum;
};
const PAIRS: Pair[] = [
  { name: "sum", ours: naiveSum, theirs: (x) => ss.sum(x) },
  { name: "mean", ours: (x) => meanAndVariance(x).mean, theirs: (x) => ss.mean(x) },
  { name: "variance (n − 1)", ours: (x) => meanAndVariance(x).variance, theirs: (x) => ss.sampleVariance(x) },
  {
    name: "sd (n − 1)",
    ours: (x) => Math.sqrt(meanAndVariance(x).variance),
    theirs: (x) => ss.sampleStandardDeviation(x),
  },
  { name: "median", ours: (x) => sortedQuantile(x, 0.5), theirs: (x) => ss.median(x) },
  { name: "quantile 0.9 (type 7)", ours: (x) => sortedQuantile(x, 0.9), theirs: (x) => ss.quantile(x, 0.9) },
  { name: "pearson r", ours: (x, y) => pearsonR(x, y)!, theirs: (x, y) => ss.sampleCorrelation(x, y) },
  {
    name: "regression slope",
    ours: (x, y) => ols(y, { x }).coefficients.x!.estimate,
    theirs: (x, y) => ss.linearRegression(x.map((v, i) => [v, y[i]!])).m,
  },
  {
    name: "Mann–Whitney U",
    ours: (x, y) => rankSum(x, y).U,
    theirs: (x, y) => ss.wilcoxonRankSum(x, y) - (x.length * (x.length + 1)) / 2,
  },
];

// NIST StRD NumAcc2–4: 1,001 values, the first base + 0.2, then base + 0.1 and base + 0.3 alternating.
const numAcc = (base: number) => [
  base + 0.2,
  ...Array.from({ length: 1000 }, (_, i) => base + (i % 2 ? 0.3 : 0.1)),
];
const u = Array.from({ length: 100_000 }, (_, i) => (((i + 1) * 7919) % 2003) / 2003);
const big = u.map((v) => 1e9 + v);

// R 4.2: for each x, sprintf("%.17g", c(sum(x), mean(x), var(x), sd(x), median(x), quantile(x, 0.9))); big is
// 1e9 + u(100000) with u <- function(n) ((1:n * 7919) %% 2003) / 2003.
const ONE_SAMPLE: [string, number[], number[]][] = [
  [
    "sleep group 1",
    [...SLEEP_1],
    [7.5, 0.75, 3.2005555555555558, 1.7890096577591625, 0.35, 3.4299999999999997],
  ],
  [
    "mtcars mpg, am = 0",
    [...MPG_AUTOMATIC],
    [325.8, 17.147368421052633, 14.699298245614033, 3.8339663855613071, 17.3, 21.76],
  ],
  [
    "law school LSAT",
    [...LSAT],
    [9004, 600.26666666666665, 1746.7809523809524, 41.794508639065882, 580, 657.8],
  ],
  ["cars dist", [...CARS_DIST], [2149, 42.98, 664.06081632653058, 25.769377492025892, 36, 80.4]],
  ["NumAcc1", [10000001, 10000003, 10000002], [30000006, 10000002, 1, 1, 10000002, 10000002.800000001]],
  ["NumAcc2", numAcc(1), [1201.2, 1.2, 0.009999999999999995, 0.099999999999999978, 1.2, 1.3]],
  [
    "NumAcc3",
    numAcc(1e6),
    [1001000200.2, 1000000.2, 0.01000000000698492, 0.1000000000349246, 1000000.2, 1000000.3],
  ],
  [
    "NumAcc4",
    numAcc(1e7),
    [
      10010000200.200001, 10000000.199999999, 0.01000000011175871, 0.10000000055879354, 10000000.199999999,
      10000000.300000001,
    ],
  ],
  [
    "1e9 + u(100000)",
    big,
    [
      100000000049975.14, 1000000000.4997514, 0.083335075096948222, 0.28867815140212505, 1000000000.4997504,
      1000000000.8996506,
    ],
  ],
];
// R 4.2: cor(x, y); coef(lm(y ~ x))[2]; wilcox.test(x, y, exact = FALSE)$statistic.
const TWO_SAMPLE: [string, string, number[], number[], number][] = [
  ["pearson r", "law school", [...LSAT], [...GPA], 0.77637449128940705],
  ["pearson r", "mtcars wt, mpg", [...MTCARS_WT], [...MTCARS_MPG], -0.8676593765172278],
  ["pearson r", "1e9 + u, 2(1e9 + u) + u²", big, big.map((v, i) => 2 * v + u[i]! ** 2), 0.99631552848225502],
  ["regression slope", "cars dist ~ speed", [...CARS_SPEED], [...CARS_DIST], 3.9324087591240855],
  ["regression slope", "mtcars mpg ~ wt", [...MTCARS_WT], [...MTCARS_MPG], -5.3444715727226786],
  ["Mann–Whitney U", "sleep 2 vs 1", [...SLEEP_2], [...SLEEP_1], 74.5],
  ["Mann–Whitney U", "mtcars mpg am 0 vs 1", [...MPG_AUTOMATIC], [...MPG_MANUAL], 42],
];

// Where the two do not compute the same thing. R 4.2: pnorm(z); t.test(am0, am1)$statistic (Welch).
const DIFFERENT: [string, number, number, number][] = [
  ["normal CDF, z = 0.5", normalCdf(0.5), ss.cumulativeStdNormalProbability(0.5), 0.69146246127401301],
  ["normal CDF, z = 1.96", normalCdf(1.96), ss.cumulativeStdNormalProbability(1.96), 0.97500210485177963],
  ["normal CDF, z = −3.5", normalCdf(-3.5), ss.cumulativeStdNormalProbability(-3.5), 0.00023262907903552494],
  ["normal CDF, z = −6", normalCdf(-6), ss.cumulativeStdNormalProbability(-6), 9.8658764503769809e-10],
  [
    "Welch t, mtcars mpg am 0 vs 1",
    welchTTest([...MPG_AUTOMATIC], [...MPG_MANUAL]).t,
    ss.tTestTwoSample([...MPG_AUTOMATIC], [...MPG_MANUAL], 0)!,
    -3.7671231451449252,
  ],
];

/** Digits that agree with the reference (log relative error), 15.9 when identical. */
const lre = (value: number, reference: number) => {
  const error = reference === 0 ? Math.abs(value) : Math.abs(value - reference) / Math.abs(reference);
  return error === 0 ? 15.9 : Math.min(15.9, -Math.log10(error));
};
const cell = (text: string | number, width: number) => String(text).padStart(width);

function accuracy(): void {
  console.log("Accuracy: LRE against R (digits that agree; 15.9 = identical), ours / simple-statistics");
  const names = PAIRS.slice(0, 6).map((pair) => pair.name);
  console.log(`${"".padEnd(20)}${names.map((name) => cell(name, 23)).join("")}`);
  for (const [label, x, references] of ONE_SAMPLE) {
    const cells = PAIRS.slice(0, 6).map((pair, i) => {
      const ours = lre(pair.ours(x, []), references[i]!).toFixed(1);
      const theirs = lre(pair.theirs(x, []), references[i]!).toFixed(1);
      return cell(`${ours} / ${theirs}`, 23);
    });
    console.log(`${label.padEnd(20)}${cells.join("")}`);
  }
  for (const [name, label, x, y, reference] of TWO_SAMPLE) {
    const pair = PAIRS.find((candidate) => candidate.name === name)!;
    const ours = lre(pair.ours(x, y), reference).toFixed(1);
    const theirs = lre(pair.theirs(x, y), reference).toFixed(1);
    console.log(`${`${name}, ${label}`.padEnd(44)}${cell(`${ours} / ${theirs}`, 14)}`);
  }
  for (const [label, ours, theirs, reference] of DIFFERENT)
    console.log(
      `${label.padEnd(44)}${cell(`${lre(ours, reference).toFixed(1)} / ${lre(theirs, reference).toFixed(1)}`, 14)}`,
    );
}

/** Microseconds per call: the fastest of five rounds of at least 50 ms each. */
function microseconds(work: () => number): number {
  let sink = 0;
  let calls = 1;
  for (let start = performance.now(); performance.now() - start < 50; calls *= 2)
    for (let i = 0; i < calls; i++) sink += work();
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) sink += work();
    best = Math.min(best, ((performance.now() - start) * 1000) / calls);
  }
  if (Number.isNaN(sink)) console.log("(a NaN result)");
  return best;
}

function speed(): void {
  const sizes = [30, 1000, 100_000];
  console.log(`\nSpeed: µs per call, ours / simple-statistics (random data, seed 1)`);
  console.log(`${"".padEnd(24)}${sizes.map((n) => cell(`n = ${n}`, 24)).join("")}`);
  const rng = createRng(1);
  const data = sizes.map((n) => ({
    x: Array.from({ length: n }, () => Math.round(rng.next() * 500) / 10),
    y: Array.from({ length: n }, () => Math.round(rng.next() * 500) / 10),
  }));
  for (const pair of PAIRS) {
    const cells = data.map(({ x, y }) => {
      const ours = microseconds(() => pair.ours(x, y));
      const theirs = microseconds(() => pair.theirs(x, y));
      const format = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
      return cell(`${format(ours)} / ${format(theirs)}`, 24);
    });
    console.log(`${pair.name.padEnd(24)}${cells.join("")}`);
  }
}

accuracy();
speed();
