import { describe, expect, it } from "vitest";
import {
  CODE_ELEMENT_IDS,
  CODE_ELEMENTS,
  codeElement,
  normaliseCodeAnswer,
} from "../../../instrument/identification-code-elements";

describe("the identification-code element library", () => {
  it("has unique ids, each a valid variable name, and no element asks for a full date, name or place", () => {
    expect(new Set(CODE_ELEMENT_IDS).size).toBe(CODE_ELEMENTS.length);
    for (const element of CODE_ELEMENTS) {
      expect(element.id).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
      expect(element.prompt.en).not.toMatch(/date of birth|full name|address|postcode/i);
    }
  });

  it("spells letters one way: accents removed, upper case; anything else is not an answer", () => {
    const letter = codeElement("mother_initial");
    expect(["m", " M ", "M"].map((raw) => normaliseCodeAnswer(letter, raw))).toEqual(["M", "M", "M"]);
    expect(normaliseCodeAnswer(letter, "é")).toBe("E");
    expect(normaliseCodeAnswer(letter, "Ñ")).toBe("N");
    for (const bad of ["", "MA", "1", "?", "Ж"]) expect(normaliseCodeAnswer(letter, bad)).toBeNull();
  });

  it("spells numbers without leading zeros and refuses those outside the element's range", () => {
    expect(normaliseCodeAnswer(codeElement("birth_month"), "03")).toBe("3");
    expect(normaliseCodeAnswer(codeElement("birth_month"), "13")).toBeNull();
    expect(normaliseCodeAnswer(codeElement("birth_day"), "0")).toBeNull();
    expect(normaliseCodeAnswer(codeElement("birth_day"), "31")).toBe("31");
    expect(normaliseCodeAnswer(codeElement("older_siblings"), "0")).toBe("0");
    expect(normaliseCodeAnswer(codeElement("older_siblings"), "6")).toBeNull();
    expect(normaliseCodeAnswer(codeElement("birth_year_last_digit"), "2.5")).toBeNull();
  });
});
