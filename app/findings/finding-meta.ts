import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse } from "@remix-run/react";
import type { FindingPageData, FindingTombstoneData } from "./finding-page-data";

/** Title, description, canonical permalink and Open Graph tags (the image is the first chart as PNG). */
export const findingMeta: MetaFunction = ({ data, error }) => {
  const finding = data as FindingPageData | undefined;
  const tombstone = isRouteErrorResponse(error) ? (error.data as Partial<FindingTombstoneData>) : null;
  if (!finding && tombstone?.kind === "withdrawn")
    return [
      { title: `Withdrawn: ${tombstone.title} (v${tombstone.version}) — Negative Space` },
      { tagName: "link", rel: "canonical", href: tombstone.permalink },
      { name: "robots", content: "noindex" },
    ];
  if (!finding) return [{ title: "Finding — Negative Space" }];
  const firstChart = finding.snapshot.charts[0];
  const image = firstChart
    ? new URL(
        `/findings/${finding.slug}/v/${finding.version}/charts/${firstChart.id}.png`,
        finding.permalink,
      ).toString()
    : null;
  const title = `${finding.isSynthetic ? "[Synthetic demo] " : ""}${finding.title} (v${finding.version}) — Negative Space`;
  return [
    { title },
    { name: "description", content: finding.summary },
    { tagName: "link", rel: "canonical", href: finding.permalink },
    { property: "og:type", content: "article" },
    { property: "og:title", content: title },
    { property: "og:description", content: finding.snapshot.headline.sentence },
    { property: "og:url", content: finding.permalink },
    ...(image
      ? [
          { property: "og:image", content: image },
          { property: "og:image:alt", content: firstChart?.altText ?? "" },
        ]
      : []),
  ];
};
