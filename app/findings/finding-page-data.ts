import type { FindingSnapshot, NarrowChart, SnapshotChart } from "./finding-snapshot";
import type { FindingVersionView } from "./finding-versions.server";
import type { NarrativePart } from "./narrative.server";

/**
 * A chart as its page needs it. A published page links its SVGs as image files, so only their sizes travel
 * with the page, and the vega-lite spec is fetched when the chart turns interactive (decisions 036, 042).
 * The lab's preview, whose files do not exist yet, carries the wide SVG inline (`svg`).
 */
export type PageChart = Omit<SnapshotChart, "narrow" | "spec" | "svg"> & {
  width: number;
  height: number;
  svg?: string;
  narrow?: Pick<NarrowChart, "width" | "height">;
};

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
