import type { Link, LinkageRecord } from "../linkage/types";
import type { SyntheticWaves } from "../synthetic-waves";

const ROLE_LABELS: Record<number, string> = {
  1: "agent",
  2: "team lead",
  3: "manager",
  4: "operations",
  5: "left",
};
const CBI_PERSONAL_ROWS = ["cbi_p1", "cbi_p2", "cbi_p3", "cbi_p4", "cbi_p5", "cbi_p6"];

/** CBI personal burnout, 0–100 (code 1 = always → 100), the mean of the answered rows; null when none is. */
function cbiPersonal(answers: Record<string, unknown>): number | null {
  const scores = CBI_PERSONAL_ROWS.map((id) => answers[id]).filter(
    (code): code is number => typeof code === "number" && code >= 1 && code <= 5,
  );
  return scores.length === 0 ? null : scores.reduce((sum, code) => sum + 25 * (5 - code), 0) / scores.length;
}

/**
 * One wave of generateSyntheticWaves as the linkage sees it, with each code element stored as `hash(id, answer)`
 * (the app stores HMAC-SHA-256 under the study key; the hash is passed in so that analysis/ stays free of crypto).
 * Region "Prefer not to say" (99) counts as not answered.
 */
export function syntheticLinkageRecords(
  waves: SyntheticWaves,
  wave: number,
  elements: readonly string[],
  hash: (elementId: string, answer: string) => string,
): LinkageRecord[] {
  return (waves.waves[wave] ?? []).map((response, index) => {
    const { answers, identificationCode } = response;
    const region = typeof answers.region === "number" && answers.region !== 99 ? answers.region : null;
    const role = typeof answers.role === "number" ? (ROLE_LABELS[answers.role] ?? "other") : "other";
    return {
      id: `w${wave + 1}-${index + 1}`,
      code: elements.map((id) => {
        const answer = identificationCode[id];
        return answer == null ? null : hash(id, answer);
      }),
      region,
      yearsInSupport: typeof answers.years_support === "number" ? answers.years_support : null,
      groups: { role },
      baseline: { cbi_personal: cbiPersonal(answers) },
    };
  });
}

export interface LinkageAccuracy {
  truePairs: number;
  links: number;
  correctLinks: number;
  /** correct links / links */
  precision: number;
  /** correct links / true pairs */
  recall: number;
}

/** Precision and recall of links between waves `earlier` and `later` (ids as syntheticLinkageRecords gives them). */
export function linkageAccuracy(
  links: readonly Link[],
  waves: SyntheticWaves,
  earlier = 0,
  later = 1,
): LinkageAccuracy {
  const personOf = (id: string, wave: number): number | undefined =>
    waves.personOf[wave]?.[Number(id.slice(id.indexOf("-") + 1)) - 1];
  const laterPeople = new Set(waves.personOf[later]);
  const truePairs = (waves.personOf[earlier] ?? []).filter((person) => laterPeople.has(person)).length;
  const correctLinks = links.filter(
    (link) => personOf(link.earlierId, earlier) === personOf(link.laterId, later),
  ).length;
  return {
    truePairs,
    links: links.length,
    correctLinks,
    precision: links.length > 0 ? correctLinks / links.length : Number.NaN,
    recall: truePairs > 0 ? correctLinks / truePairs : Number.NaN,
  };
}
