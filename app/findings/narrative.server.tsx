import type { ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

export type NarrativePart = { kind: "html"; html: string } | { kind: "chart"; id: string };

/** The published version whose narrative is rendered: its images may only be its own chart files. */
export type NarrativeOwner = { slug: string; version: number; chartIds: readonly string[] };

const CHART_REFERENCE = /\{\{chart:([a-z0-9-]+)\}\}/g;

/** The exact addresses of the version's chart images (PNG and SVG), nothing else. */
export function ownChartImages(owner: NarrativeOwner): Set<string> {
  const base = `/findings/${owner.slug}/v/${owner.version}/charts`;
  return new Set(owner.chartIds.flatMap((id) => [`${base}/${id}.png`, `${base}/${id}.svg`]));
}

/**
 * An image that is one of the finding's own chart files; any other (another same-site path such as
 * a lab export, data:, another host) becomes its alt text. Readers' browsers fetch images without
 * asking, so an image address is a request made in every reader's name: it must be one that
 * changes nothing and reveals nothing (docs/decisions/014-exports-by-post.md).
 */
function imageOrText(allowed: Set<string>) {
  return function NarrativeImage({ src, alt }: ComponentProps<"img">) {
    if (typeof src === "string" && allowed.has(src)) return <img src={src} alt={alt ?? ""} />;
    return alt ? <>{alt}</> : null;
  };
}

/**
 * The researcher's Markdown narrative as sanitised HTML (no raw HTML, no scripts, images only of
 * the finding's own charts), split at each {{chart:id}} so the page can place that chart's figure
 * there. Rendered on the server so readers' browsers never download a Markdown parser.
 */
export function narrativeParts(narrative: string, owner: NarrativeOwner): NarrativePart[] {
  const components = { img: imageOrText(ownChartImages(owner)) };
  return narrative.split(CHART_REFERENCE).flatMap((part, index): NarrativePart[] => {
    if (index % 2 === 1) return [{ kind: "chart", id: part }];
    if (!part.trim()) return [];
    const markup = (
      <ReactMarkdown rehypePlugins={[rehypeSanitize]} components={components}>
        {part}
      </ReactMarkdown>
    );
    return [{ kind: "html", html: renderToStaticMarkup(markup) }];
  });
}
