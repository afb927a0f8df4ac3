// What the publish form starts from (pure; the lab's analysis tab computes it in its loader).
import { NEW_FINDING } from "./analysis-forms";
import type { PublishableFinding } from "./lab-findings.server";

export type PublishStart = {
  target: "new-version" | "new-finding";
  /** The finding continued, or the suggested address of a new one ("" when none is free). */
  findingSlug: string;
  /** The version publishing would store: the next of the chosen finding, or 1. */
  nextVersion: number;
  title: string;
  summary: string;
  narrative: string;
  /** The charts of the last version; null: all of them. */
  chartIds: string[] | null;
};

/**
 * The default is the next version of the survey's latest finding that is not superseded (or its latest
 * finding), prefilled from its last version, so the default never starts a second finding by accident.
 * `chosen` ("new" or a finding's address) overrides it; a new finding starts from the survey's title.
 */
export function publishStart(
  findings: readonly PublishableFinding[],
  chosen: string | undefined,
  survey: { slug: string; title: string },
): PublishStart {
  const finding =
    chosen === NEW_FINDING
      ? undefined
      : (findings.find((candidate) => candidate.slug === chosen) ??
        findings.find((candidate) => !candidate.superseded) ??
        findings[0]);
  if (!finding) {
    const surveySlugIsFree = !findings.some((candidate) => candidate.slug === survey.slug);
    return {
      target: "new-finding",
      findingSlug: findings.length === 0 && surveySlugIsFree ? survey.slug : "",
      nextVersion: 1,
      title: survey.title,
      summary: "",
      narrative: "",
      chartIds: null,
    };
  }
  return {
    target: "new-version",
    findingSlug: finding.slug,
    nextVersion: finding.latestVersion + 1,
    title: finding.title,
    summary: finding.summary,
    narrative: finding.narrative,
    chartIds: finding.chartIds,
  };
}
