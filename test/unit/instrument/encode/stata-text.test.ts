import { describe, expect, it } from "vitest";
import { oneLineText, stataComment, stataString, stataText } from "../../../../instrument/encode";
import { hostileTexts } from "../../../fixtures/hostile-text";
import { compoundStrings } from "../../../support/stata-do-file";

// Stata is not installed: these check the syntax against a model of Stata's documented rules
// (test/support/stata-do-file.ts).
const texts = hostileTexts("/tmp/CANARY");

describe("stataText", () => {
  it("is the one-line text with Stata's quote and comment pairs broken by a space", () => {
    expect(stataText(`a "'b" /* c */ d // e`)).toBe(`a " 'b" / * c * / d / / e`);
    expect(stataText('`"nested"\'')).toBe('` "nested" \'');
    expect(stataText("'x`")).toBe(" 'x` ");
    expect(stataText("plain label")).toBe("plain label");
    for (const text of texts) expect(stataText(stataText(text))).toBe(stataText(text));
  });
});

describe("stataString", () => {
  it("holds exactly stataText: no macro expands, no comment starts, no quote closes early", () => {
    for (const text of texts) {
      const line = `label define x 1 ${stataString(text)} 2 ${stataString("two")}, replace`;
      expect(compoundStrings(line), line).toEqual([stataText(text), "two"]);
    }
    expect(stataString(`Don't say "$HOME" \\ \``)).toBe('`"Don\'t say "\\$HOME" \\\\ \\` "\'');
  });

  it("is caught by the model when text is not encoded", () => {
    expect(() => compoundStrings('label variable x `"a "\' b"\'')).not.toThrow();
    expect(compoundStrings('label variable x `"a "\' b"\'')).toEqual(["a "]);
    expect(() => compoundStrings('label variable x `"$HOME"\'')).toThrow("global macro");
    expect(() => compoundStrings('label variable x `"a /* b"\'')).toThrow("comment marker");
    expect(() => compoundStrings('label variable x `"a \\`"b"\' c"\'')).toThrow("nested");
  });
});

describe("stataComment", () => {
  it("is one comment line without comment markers or unescaped macro characters", () => {
    for (const text of texts) {
      const line = stataComment(text);
      expect(line.startsWith("* ")).toBe(true);
      expect(compoundStrings(line)).toEqual([]);
    }
    expect(stataComment("Survey /* x\n#delimit ;")).toBe("* Survey / * x #delimit ;");
    expect(stataComment(oneLineText("a\u2028b"))).toBe("* a b");
  });
});
