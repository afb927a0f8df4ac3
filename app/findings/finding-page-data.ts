import type { FindingSnapshot, NarrowChart, SnapshotChart } from "./finding-snapshot";
import type { FindingVersionView } from "./finding-versions.server";
import type { NarrativePart } from "./narrative.server";

/**
 * A chart as its page needs it: the narrow layout's SVG is an image file, so only its size travels with the
 * page (decision 036). A full {@link SnapshotChart} is one too.
 */
export type PageChart = Omit<SnapshotChart, "narrow"> & { narrow?: Pick<NarrowChart, "width" | "height"> };

/** A snapshot as its page needs it: its charts as {@link PageChart}s. A full {@link FindingSnapshot} is one too. */
export type PageSnapshot = Omit<FindingSnapshot, "charts"> & { charts: PageChart[] };

/** Everything a finding's page renders: the published version, its permalink, citations and narrative. */
export type FindingPageData = Omit<FindingVersionView, "snapshot"> & {
  snapshot: PageSnapshot;
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
