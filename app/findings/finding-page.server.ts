import { z } from "zod";
import { apaCitation, bibtexCitation } from "./citation";
import { type FindingVersionView, getFindingVersion } from "./finding-versions.server";
import { narrativeParts } from "./narrative.server";
import type { FindingPageData, PageSnapshot } from "./finding-page-data";
import type { FindingSnapshot } from "./finding-snapshot";

export const findingParamsSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/),
  version: z.coerce.number().int().min(1).max(100_000).optional(),
});

export function findingPermalink(request: Request, slug: string, version: number): string {
  return new URL(`/findings/${slug}/v/${version}`, new URL(request.url).origin).toString();
}

/** The published version the params name, or a 404 (downloads need only this, not the rendered page). */
export async function requireFindingVersion(params: unknown): Promise<FindingVersionView> {
  const parsed = findingParamsSchema.safeParse(params);
  const finding = parsed.success ? await getFindingVersion(parsed.data.slug, parsed.data.version) : null;
  if (!finding) throw new Response("Not found", { status: 404 });
  return finding;
}

/** The snapshot without its narrow charts' spec and SVG, which the page links to as files (decision 036). */
function pageSnapshot(snapshot: FindingSnapshot): PageSnapshot {
  return {
    ...snapshot,
    charts: snapshot.charts.map(({ narrow, ...chart }) =>
      narrow ? { ...chart, narrow: { width: narrow.width, height: narrow.height } } : chart,
    ),
  };
}

/** Everything the finding page renders, or a 404 when the finding or version does not exist. */
export async function loadFindingPage(request: Request, params: unknown): Promise<FindingPageData> {
  const finding = await requireFindingVersion(params);
  const permalink = findingPermalink(request, finding.slug, finding.version);
  const citation = {
    authors: finding.snapshot.citation.authors,
    publisher: finding.snapshot.citation.publisher,
    title: finding.title,
    version: finding.version,
    publishedOn: finding.publishedOn,
    permalink,
    slug: finding.slug,
  };
  return {
    ...finding,
    snapshot: pageSnapshot(finding.snapshot),
    permalink,
    apa: apaCitation(citation),
    bibtex: bibtexCitation(citation),
    narrativeParts: narrativeParts(finding.narrative, {
      slug: finding.slug,
      version: finding.version,
      chartIds: finding.snapshot.charts.map((chart) => chart.id),
    }),
  };
}
