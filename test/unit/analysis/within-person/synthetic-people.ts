import { generateSyntheticWaves } from "../../../../analysis/synthetic-waves";
import type { ScenarioName } from "../../../../analysis/synthetic-respondents/scenario-types";
import type { PersonWave, PersonWaves } from "../../../../analysis/within-person/index";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { CODE_ELEMENT_IDS } from "../../../../instrument/identification-code-elements";
import { createScorer } from "../../../../instrument/scoring";

/**
 * Two synthetic waves (generateSyntheticWaves, `monthsAfter` apart) as linked people, linked by the generator's
 * truth (`personOf`) rather than by codes, so that linkage errors play no part: everyone who answered both waves,
 * with every scale score, years in support and institutional support at the first wave.
 */
export function syntheticPeople(
  scenario: ScenarioName,
  n: number,
  seed: number,
  monthsAfter = 6,
): PersonWaves[] {
  const definition = loadDefaultInstrument();
  const score = createScorer(definition);
  const generated = generateSyntheticWaves(definition, {
    ...{ n, seed, scenario, start: "2026-06-01" },
    monthsAfterFirst: [monthsAfter],
    codeElements: CODE_ELEMENT_IDS.slice(0, 8),
  });
  const byPerson = new Map<number, { support: number | null; waves: PersonWave[] }>();
  generated.waves.forEach((wave, w) =>
    wave.forEach((response, r) => {
      const scores = score(response.answers);
      const tenure = response.answers.years_support;
      const entry = byPerson.get(generated.personOf[w]![r]!) ?? {
        support: scores.institutional_support ?? null,
        waves: [],
      };
      entry.waves.push({
        wave: w + 1,
        monthsSinceFirstWave: w * monthsAfter,
        scores,
        tenureYears: typeof tenure === "number" ? tenure : null,
      });
      byPerson.set(generated.personOf[w]![r]!, entry);
    }),
  );
  return [...byPerson]
    .filter(([, entry]) => entry.waves.length === 2)
    .map(([person, entry]) => ({ person: `s${person}`, waves: entry.waves, baselineSupport: entry.support }));
}
