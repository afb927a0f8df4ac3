import { describe, expect, it } from "vitest";
import {
  htmlText,
  oneLineText,
  terminalText,
  truncateLabel,
  visibleText,
  wellFormed,
} from "../../../../instrument/encode";
import { hostileTexts, LINE_TERMINATORS } from "../../../fixtures/hostile-text";

const texts = hostileTexts("/tmp/CANARY");
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("oneLineText", () => {
  it("turns every line terminator, control character and run of white space into one space, and drops bidi controls", () => {
    for (const end of LINE_TERMINATORS) expect(oneLineText(`a${end}b`)).toBe("a b");
    expect(oneLineText("  a\t\u0000\u0001\u007f\u009f b  ")).toBe("a b");
    expect(oneLineText("\u202Eevil\u202C \u2066x\u2069\u200F")).toBe("evil x");
    expect(oneLineText("lone \ud800 x")).toBe("lone \ufffd x");
    for (const text of texts) {
      expect(oneLineText(text)).not.toMatch(
        /[\s\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]{2}|^\s|\s$/,
      );
      expect(oneLineText(oneLineText(text))).toBe(oneLineText(text));
    }
  });
});

describe("visibleText", () => {
  it("names bidi and invisible control characters, keeps tab, LF, CR and everything else", () => {
    expect(visibleText("a\u202Eb\u2066c\u200Fd\u061Ce")).toBe("a[U+202E]b[U+2066]c[U+200F]d[U+061C]e");
    expect(visibleText("\u0000\u000b\u000c\u0085\u009f")).toBe("[U+0000][U+000B][U+000C][U+0085][U+009F]");
    expect(visibleText("a\tb\nc\rd Région 🎉")).toBe("a\tb\nc\rd Région 🎉");
    expect(wellFormed("\udc00\ud83c\udf89\ud800")).toBe("\ufffd🎉\ufffd");
  });
});

describe("truncateLabel", () => {
  it("fits the limit, cutting between grapheme clusters and never inside UTF-8 or a surrogate pair", () => {
    for (const text of texts)
      for (const max of [7, 40, 80, 120, 256]) {
        const bytesLabel = truncateLabel(text, max, "bytes");
        expect(bytes(bytesLabel)).toBeLessThanOrEqual(max);
        expect(wellFormed(bytesLabel)).toBe(bytesLabel);
        expect([...truncateLabel(text, max, "characters")].length).toBeLessThanOrEqual(max);
      }
    expect(truncateLabel("e\u0301".repeat(10), 10, "characters")).toBe("e\u0301".repeat(3) + "...");
    expect(truncateLabel("👩‍👩‍👧 family 👩‍👩‍👧", 21, "bytes")).toBe("👩‍👩‍👧...");
    expect(
      truncateLabel("Do you sometimes wonder how long you will be able to continue?", 40, "characters"),
    ).toBe("Do you sometimes wonder how long you...");
  });
});

describe("htmlText", () => {
  it("escapes markup and quotes for text and attribute values", () => {
    expect(htmlText(`<script>"x" & 'y'</script>`)).toBe(
      "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;",
    );
  });
});

describe("terminalText", () => {
  it("keeps its lines but shows escape sequences, other controls and bidi characters by name", () => {
    expect(terminalText("Survey\u001b]0;owned\u0007\n\u202Eb\tc\u2028d\r")).toBe(
      "Survey[U+001B]]0;owned[U+0007]\n[U+202E]b c d ",
    );
  });
});
