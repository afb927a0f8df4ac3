import type { FindingVersionView } from "./finding-versions.server";
import type { NarrativePart } from "./narrative.server";

/** Everything a finding's page renders: the published version, its permalink, citations and narrative. */
export type FindingPageData = FindingVersionView & {
  permalink: string;
  apa: string;
  bibtex: string;
  narrativeParts: NarrativePart[];
};
