import { data } from "@remix-run/node";
import { z } from "zod";
import { apaCitation, bibtexCitation } from "./citation";
import { type FindingVersionView, getFindingVersion } from "./finding-versions.server";
import { narrativeParts } from "./narrative.server";
import type { FindingPageData, FindingTombstoneData, PageSnapshot } from "./finding-page-data";
import type { FindingSnapshot } from "./finding-snapshot";

export const findingParamsSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/),
  version: z.coerce.number().int().min(1).max(100_000).optional(),
});

export function findingPermalink(request: Request, slug: string, version: number): string {
  return new URL(`/findings/${slug}/v/${version}`, new URL(request.url).origin).toString();
}

/** The published version the params name, or a 404 (410 once withdrawn); downloads need only this. */
export async function requireFindingVersion(params: unknown): Promise<FindingVersionView> {
  const finding = await findFindingVersion(params);
  if (finding.status.withdrawn) throw new Response("This finding has been withdrawn.", { status: 410 });
  return finding;
}

async function findFindingVersion(params: unknown): Promise<FindingVersionView> {
  const parsed = findingParamsSchema.safeParse(params);
  const finding = parsed.success ? await getFindingVersion(parsed.data.slug, parsed.data.version) : null;
  if (!finding) throw new Response("Not found", { status: 404 });
  return finding;
}

/** The drawn size of a server-rendered SVG, read from its root element's attributes. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attribute = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  return { width: attribute("width"), height: attribute("height") };
}

/**
 * The snapshot as its page needs it: each chart's SVGs are image files it links to, with their sizes so the
 * page keeps its layout while they load, and the spec is fetched only when a chart turns interactive
 * (decision 042). `inlineCharts` keeps the wide SVG in the page, for the lab's preview, whose files do
 * not exist yet.
 */
function pageSnapshot(snapshot: FindingSnapshot, inlineCharts: boolean): PageSnapshot {
  return {
    ...snapshot,
    charts: snapshot.charts.map(({ narrow, spec: _spec, svg, ...chart }) => ({
      ...chart,
      ...svgSize(svg),
      ...(inlineCharts ? { svg } : {}),
      ...(narrow ? { narrow: { width: narrow.width, height: narrow.height } } : {}),
    })),
  };
}

function citationsOf(finding: FindingVersionView, permalink: string) {
  const citation = {
    authors: finding.snapshot.citation.authors,
    publisher: finding.snapshot.citation.publisher,
    title: finding.title,
    version: finding.version,
    publishedOn: finding.publishedOn,
    permalink,
    slug: finding.slug,
  };
  return { apa: apaCitation(citation), bibtex: bibtexCitation(citation) };
}

/** The page of a version, published or (in the lab's preview) about to be: citations and narrative. */
export function findingPageData(
  finding: FindingVersionView,
  permalink: string,
  { inlineCharts = false }: { inlineCharts?: boolean } = {},
): FindingPageData {
  return {
    ...finding,
    snapshot: pageSnapshot(finding.snapshot, inlineCharts),
    permalink,
    ...citationsOf(finding, permalink),
    narrativeParts: narrativeParts(finding.narrative, {
      slug: finding.slug,
      version: finding.version,
      chartIds: finding.snapshot.charts.map((chart) => chart.id),
    }),
  };
}

/** A withdrawn finding's tombstone: the citation as it was, the dates as stored, and why. */
function tombstoneOf(
  finding: FindingVersionView,
  permalink: string,
  withdrawn: { on: string; reason: string },
) {
  const tombstone: FindingTombstoneData = {
    kind: "withdrawn",
    slug: finding.slug,
    title: finding.title,
    version: finding.version,
    publishedOn: finding.publishedOn,
    versions: finding.versions,
    permalink,
    ...citationsOf(finding, permalink),
    withdrawn,
    supersededBy: finding.status.supersededBy,
  };
  return tombstone;
}

/**
 * Everything the finding page renders, or a 404 when the finding or version does not exist. A
 * withdrawn finding answers 410 with its tombstone (thrown, so the route's error boundary shows it).
 */
export async function loadFindingPage(request: Request, params: unknown): Promise<FindingPageData> {
  const finding = await findFindingVersion(params);
  const permalink = findingPermalink(request, finding.slug, finding.version);
  if (finding.status.withdrawn)
    throw data(tombstoneOf(finding, permalink, finding.status.withdrawn), { status: 410 });
  return findingPageData(finding, permalink);
}
