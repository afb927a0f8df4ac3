import { micromark } from "micromark";
import { describe, expect, it } from "vitest";
import {
  markdownAutolink,
  markdownCode,
  markdownInline,
  markdownLines,
  visibleText,
} from "../../../../instrument/encode";
import { hostileTexts, LINE_TERMINATORS } from "../../../fixtures/hostile-text";

// micromark (CommonMark, the parser under react-markdown) with raw HTML and every link protocol
// allowed: whatever survives the encoder would reach the page.
const render = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true });
const texts = hostileTexts("/tmp/CANARY");

/** The text content of rendered HTML, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("markdownInline", () => {
  it("renders as the literal text: no tag, link, image or entity comes from it", () => {
    for (const text of texts) {
      const html = render(`Label: ${markdownInline(text)}`);
      expect(html.match(/<[^>]*>/g)).toEqual(["<p>", "</p>"]);
      expect(textOf(html).trimEnd()).toBe(
        `Label: ${visibleText(text.split(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/).join(" "))}`.trimEnd(),
      );
    }
  });

  it("shows bidirectional and other invisible controls by name, and breaks lines as asked", () => {
    expect(markdownInline("abc\u202Edcb\u2066x\u2069")).toBe("abc\\[U+202E\\]dcb\\[U+2066\\]x\\[U+2069\\]");
    for (const end of LINE_TERMINATORS) expect(markdownInline(`a${end}b`, "<br>")).toBe("a<br>b");
    expect(markdownInline("snake_case _em_ a & b &amp; 5 * 3")).toBe(
      "snake_case \\_em\\_ a & b \\&amp; 5 \\* 3",
    );
  });
});

describe("markdownLines", () => {
  it("starts no heading, list, quote, code block or HTML block, whatever a line begins with", () => {
    const text = [
      "# h",
      "- item",
      "+ item",
      "1. one",
      "2) two",
      "> quote",
      "    code",
      "<div>",
      "===",
      "---",
      "* * *",
    ].join("\n");
    const html = render(markdownLines(text).join("\n"));
    expect(html.match(/<[a-z0-9]+/g)).toEqual(["<p"]);
    expect(textOf(html)).toBe(text.replace("    code", "code"));
  });
});

describe("markdownCode", () => {
  it("fences text with more backticks than it holds, on one line", () => {
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCode("a|b", true)).toBe("`a\\|b`");
    expect(render(markdownCode("``<script>\n"))).toBe("<p><code>``&lt;script&gt; </code></p>");
  });
});

describe("markdownAutolink", () => {
  it("links only absolute http and https addresses", () => {
    expect(markdownAutolink("https://doi.org/10.1/x")).toBe("<https://doi.org/10.1/x>");
    expect(markdownAutolink("http://example.org/a b>")).toBe("<http://example.org/a%20b%3E>");
    for (const url of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "/lab/x",
      "//evil.example",
    ])
      expect(markdownAutolink(url), url).toBeNull();
  });
});
