import { bibtexText } from "../../instrument/encode/bibtex-text";

/** How to cite one version of a finding: APA-style text and a BibTeX entry, both naming the version and permalink. */
export type CitationInput = {
  authors: string;
  publisher: string;
  title: string;
  version: number;
  publishedOn: string;
  permalink: string;
  slug: string;
};

export function apaCitation(input: CitationInput): string {
  const [year, , day] = input.publishedOn.split("-");
  const monthName = new Date(`${input.publishedOn}T00:00:00Z`).toLocaleString("en", {
    month: "long",
    timeZone: "UTC",
  });
  return `${input.authors}. (${year}, ${monthName} ${Number(day)}). ${input.title} (Version ${input.version}) [Research finding]. ${input.publisher}. ${input.permalink}`;
}

export function bibtexCitation(input: CitationInput): string {
  const [year = "", month = ""] = input.publishedOn.split("-");
  const key = `negativespace_${input.slug.replace(/[^a-z0-9]/g, "_")}_v${input.version}`;
  return [
    `@misc{${key},`,
    `  author = {${bibtexText(input.authors)}},`,
    `  title = {${bibtexText(input.title)}},`,
    `  year = {${year}},`,
    `  month = {${Number(month)}},`,
    `  publisher = {${bibtexText(input.publisher)}},`,
    `  version = {${input.version}},`,
    `  howpublished = {\\url{${input.permalink}}},`,
    `  note = {Research finding, version ${input.version}}`,
    "}",
  ].join("\n");
}
