import { describe, expect, it } from "vitest";
import { bibtexText } from "../../../../instrument/encode";
import { hostileTexts } from "../../../fixtures/hostile-text";

describe("bibtexText", () => {
  it("escapes every character TeX acts on, so a field can neither close early nor run a command", () => {
    expect(bibtexText("50% of {us} \\input{x} a_b ~^ $#&")).toBe(
      "50\\% of \\{us\\} \\textbackslash{}input\\{x\\} a\\_b \\textasciitilde{}\\textasciicircum{} \\$\\#\\&",
    );
    for (const text of [
      ...hostileTexts("/tmp/CANARY"),
      "}, note = {forged",
      "\\immediate\\write18{touch x}",
    ]) {
      const field = bibtexText(text);
      // Every backslash starts one of the escapes above; no unescaped brace or % is left.
      const rest = field.replace(/\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\[{}%&$#_]/g, "");
      expect(rest, text).not.toMatch(/[\\{}%\n\r]/);
    }
  });
});
