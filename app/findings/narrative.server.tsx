import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

export type NarrativePart = { kind: "html"; html: string } | { kind: "chart"; id: string };

const CHART_REFERENCE = /\{\{chart:([a-z0-9-]+)\}\}/g;

/**
 * The researcher's Markdown narrative as sanitised HTML (no raw HTML, no scripts), split
 * at each {{chart:id}} so the page can place that chart's figure there. Rendered on the
 * server so readers' browsers never download a Markdown parser.
 */
export function narrativeParts(narrative: string): NarrativePart[] {
  return narrative.split(CHART_REFERENCE).flatMap((part, index): NarrativePart[] => {
    if (index % 2 === 1) return [{ kind: "chart", id: part }];
    if (!part.trim()) return [];
    return [{ kind: "html", html: renderToStaticMarkup(<ReactMarkdown rehypePlugins={[rehypeSanitize]}>{part}</ReactMarkdown>) }];
  });
}
