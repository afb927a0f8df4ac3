// The public codebook of a survey whose definition holds script tags, javascript: links, raw HTML,
// entities and bidirectional controls: the page (CodebookView) and the Markdown download must show
// that text literally, link nothing but http(s) addresses, and show every bidi control by name.
import { micromark } from "micromark";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { CodebookView } from "~/components/codebook/codebook-view";
import { loader as fileLoader } from "~/routes/codebook.$slug.v.$version.$file";
import { loadPublicCodebook } from "~/surveys/public-codebook.server";
import { buildCodebook, renderCodebookMarkdown } from "../../instrument/codebook";
import { instrumentDefinitionSchema } from "../../instrument/definition-schema";
import { hostileDefinitionInput } from "../fixtures/hostile-definition";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "hostile-codebook";
const definition = instrumentDefinitionSchema.parse(hostileDefinitionInput("/tmp/CANARY"));
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Tags our own Markdown produces, and the only ones its HTML may hold. */
const OWN_TAGS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "code",
  "em",
  "strong",
  "small",
  "br",
  "blockquote",
  "a",
  "ul",
  "li",
]);

/** CommonMark with raw HTML and every protocol allowed: what a careless renderer would produce. */
const render = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });

function expectInert(html: string) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]!.toLowerCase());
  expect(tags.filter((tag) => !OWN_TAGS.has(tag))).toEqual([]);
  const hrefs = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => match[1]!);
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(html).not.toMatch(/<[a-z][^>]*(\son[a-z]+=|javascript:)/i);
  expect(html).not.toMatch(BIDI);
}

beforeAll(async () => {
  await createSurvey({ slug: SLUG, status: "open", definition });
});

describe("the public codebook of a hostile definition", () => {
  it("Markdown download: literal text, links only to http(s), bidi controls named", async () => {
    const response = await fileLoader({
      request: new Request(`http://localhost/codebook/${SLUG}/v/1/codebook.md`),
      params: { slug: SLUG, version: "1", file: "codebook.md" },
      context: {},
    });
    const markdown = await response.text();
    expect(markdown).not.toMatch(BIDI);
    expect(markdown).toContain("\\[U+202E\\]evil\\[U+202C\\]");
    expect(markdown).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(markdown).toContain("> <https://example.org/a%20b>");
    const html = render(markdown);
    expectInert(html);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("[x](javascript:alert(1))");
    expect(html).toContain("[U+202E]evil[U+202C]");
  });

  it("page: React escapes the markup, and bidi controls are shown by name", async () => {
    const { codebook } = await loadPublicCodebook({ slug: SLUG, version: "1" });
    const html = renderToStaticMarkup(createElement(CodebookView, { codebook }));
    expect(html).not.toMatch(BIDI);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("[U+202E]evil[U+202C]");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses a definition whose reference URL is not http(s), and never links one", () => {
    const input = hostileDefinitionInput("/tmp/CANARY");
    const references = input.references?.map((reference) => ({ ...reference, url: "javascript:alert(1)" }));
    const refused = instrumentDefinitionSchema.safeParse({ ...input, references });
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      "use an http or https address, e.g. https://doi.org/…",
    ]);
    const codebook = buildCodebook(definition);
    const forged = {
      ...codebook,
      references: codebook.references.map((reference) => ({ ...reference, url: "javascript:alert(1)" })),
    };
    const html = render(renderCodebookMarkdown(forged));
    expect(html).not.toMatch(/href="javascript/);
    expect(html).toContain("javascript:alert(1)");
  });
});
