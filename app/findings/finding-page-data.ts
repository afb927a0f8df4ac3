import type { FindingVersionView } from "./finding-versions.server";
import type { NarrativePart } from "./narrative.server";

/** Everything a finding's page renders: the published version, its permalink, citations and narrative. */
export type FindingPageData = FindingVersionView & {
  permalink: string;
  apa: string;
  bibtex: string;
  narrativeParts: NarrativePart[];
};

/** What a withdrawn finding's page keeps (HTTP 410): the citation of the version asked for, and why. */
export type FindingTombstoneData = {
  kind: "withdrawn";
  slug: string;
  title: string;
  version: number;
  publishedOn: string;
  versions: { version: number; publishedOn: string }[];
  permalink: string;
  apa: string;
  bibtex: string;
  withdrawn: { on: string; reason: string };
  supersededBy: { slug: string; title: string } | null;
};
