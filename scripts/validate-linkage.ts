// Validation of wave linkage by simulation (issue 14; docs/validation.md, "Linkage of waves"): generates two
// synthetic waves per seed (n = 800 each, 6 months apart, 8 code elements), hashes every code element with
// HMAC-SHA-256 under a fresh random key exactly as the app stores it, links the waves with linkWaves and prints
// precision and recall against the generator's truth, the estimated and actual false-match rates and the load.
// Usage: npm run validate:linkage [-- --seeds 5 --n 800 --months 6 --elements 8]. Exit codes: 0 targets met,
// 1 a target missed, 2 invalid arguments.
import "./cli-environment";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { linkWaves } from "../analysis/linkage";
import { generateSyntheticWaves } from "../analysis";
import { linkageAccuracy, syntheticLinkageRecords } from "../analysis/validation";
import { CODE_ELEMENT_IDS } from "../instrument/identification-code-elements";
import { loadDefaultInstrument } from "../instrument/default-instrument";

const { keyedElementHash } = await import("../app/studies/study-keys.server");

const TARGET_RECALL = 0.9;
const TARGET_FALSE_LINKS = 0.03;

function argument(name: string, fallback: number, min: number, max: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}

const seeds = argument("seeds", 5, 1, 100);
const n = argument("n", 800, 10, 5000);
const months = argument("months", 6, 1, 60);
const elements = CODE_ELEMENT_IDS.slice(0, argument("elements", 8, 6, 10));
const definition = loadDefaultInstrument();

console.log(
  `Linkage of two synthetic waves: n = ${n} per wave, ${months} months apart, ${elements.length} code elements`,
);
console.log(
  `(${elements.join(", ")}); seeds 1…${seeds}; each element hashed with HMAC-SHA-256 under a fresh random key`,
);
console.log(
  "seed  true pairs  links  precision  recall   est. FMR  actual FMR  codes with an error  rejected  seconds",
);
const rows: { precision: number; recall: number; estimated: number; actual: number }[] = [];
for (let seed = 1; seed <= seeds; seed++) {
  const waves = generateSyntheticWaves(definition, {
    n,
    seed,
    monthsAfterFirst: [months],
    codeElements: elements,
  });
  const key = randomBytes(32);
  const hash = (id: string, answer: string) => keyedElementHash(key, id, answer);
  const started = performance.now();
  const result = linkWaves(
    syntheticLinkageRecords(waves, 0, elements, hash),
    syntheticLinkageRecords(waves, 1, elements, hash),
    {
      monthsBetween: months,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const accuracy = linkageAccuracy(result.links, waves);
  const errors = codeErrorShare(waves, elements);
  const estimated = result.falseMatchRate.estimate ?? Number.NaN;
  rows.push({
    precision: accuracy.precision,
    recall: accuracy.recall,
    estimated,
    actual: 1 - accuracy.precision,
  });
  const rejected = Object.values(result.rejected).reduce((a, b) => a + b, 0);
  console.log(
    [
      seed,
      accuracy.truePairs,
      accuracy.links,
      pct(accuracy.precision),
      pct(accuracy.recall),
      pct(estimated),
      pct(1 - accuracy.precision),
      pct(errors),
      rejected,
      seconds.toFixed(2),
    ]
      .map(String)
      .join("  "),
  );
}

/** The share of returning people's later codes with at least one element answered differently (not "don't know"). */
function codeErrorShare(waves: ReturnType<typeof generateSyntheticWaves>, ids: readonly string[]): number {
  const first = new Map(
    waves.personOf[0]!.map((person, index) => [person, waves.waves[0]![index]!.identificationCode]),
  );
  let returning = 0;
  let withError = 0;
  waves.personOf[1]!.forEach((person, index) => {
    const before = first.get(person);
    if (!before) return;
    returning++;
    const now = waves.waves[1]![index]!.identificationCode;
    if (ids.some((id) => before[id] != null && now[id] != null && before[id] !== now[id])) withError++;
  });
  return withError / returning;
}

function pct(value: number): string {
  return `${(100 * value).toFixed(1)} %`;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const recall = rows.map((row) => row.recall);
const falseLinks = rows.map((row) => row.actual);
console.log(
  `recall: mean ${pct(mean(recall))}, worst ${pct(Math.min(...recall))} (target ≥ ${pct(TARGET_RECALL)})`,
);
console.log(
  `false links: mean ${pct(mean(falseLinks))}, worst ${pct(Math.max(...falseLinks))} (target ≤ ${pct(TARGET_FALSE_LINKS)})`,
);
console.log(
  `estimated false-match rate: mean ${pct(mean(rows.map((row) => row.estimated)))}; actual: mean ${pct(mean(falseLinks))}`,
);
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")}`,
);
const met = Math.min(...recall) >= TARGET_RECALL && Math.max(...falseLinks) <= TARGET_FALSE_LINKS;
console.log(met ? "Targets met in every seed." : "A target was missed.");
process.exit(met ? 0 : 1);
