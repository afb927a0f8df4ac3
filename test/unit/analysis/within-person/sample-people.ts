import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PersonWaves } from "../../../../analysis/within-person/index";

const fixtures = join(__dirname, "fixtures");

/** The R reference output of fixtures/within-person-reference.R (R 4.2.2, nlme 3.1-162). */
export const reference = JSON.parse(readFileSync(join(fixtures, "within-person-reference.json"), "utf8"));

export const SCALES = [
  { id: "cbi_work", label: "Work-related burnout" },
  { id: "cbi_personal", label: "Personal burnout" },
] as const;

/**
 * The fixed linked panel of fixtures/within-person-sample.csv as the lead will hand it over: one PersonWaves per
 * person; `keepWaves` drops the other waves (e.g. [1, 2] for a two-wave study).
 */
export function samplePeople(keepWaves: readonly number[] = [1, 2, 3]): PersonWaves[] {
  const lines = readFileSync(join(fixtures, "within-person-sample.csv"), "utf8").trim().split("\n").slice(1);
  const byPerson = new Map<string, PersonWaves & { waves: PersonWaves["waves"][number][] }>();
  for (const line of lines) {
    const [person, wave, months, tenure, support, work, personal] = line.split(",");
    const id = JSON.parse(person!) as string;
    if (!keepWaves.includes(Number(wave))) continue;
    const entry = byPerson.get(id) ?? { person: id, waves: [], baselineSupport: Number(support) };
    entry.waves.push({
      wave: Number(wave),
      monthsSinceFirstWave: Number(months),
      tenureYears: Number(tenure),
      scores: { cbi_work: Number(work), cbi_personal: personal === "" ? null : Number(personal) },
    });
    byPerson.set(id, entry);
  }
  return [...byPerson.values()];
}
