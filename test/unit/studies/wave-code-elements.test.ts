import { describe, expect, it } from "vitest";
import {
  codeElementDifference,
  codeElementsInPages,
  codeElementsOf,
} from "../../../app/studies/wave-code-elements";
import type { InstrumentDefinition } from "../../../instrument/definition-schema";
import { miniInstrument } from "../../fixtures/mini-instrument";
import { STUDY_CODE, waveDefinition } from "../../fixtures/wave-instrument";

// The fixture is plain JSON as stored; the schema reads it as a definition.
const asDefinition = (stored: unknown) => stored as InstrumentDefinition;

describe("a definition's identification-code elements", () => {
  it("are the code item's element ids, in the definition's order", () => {
    expect(codeElementsOf(asDefinition(waveDefinition(STUDY_CODE)))).toEqual(STUDY_CODE);
  });

  it("are null when no item is an identification code", () => {
    expect(codeElementsOf(miniInstrument)).toBeNull();
  });

  it("read from a stored definition's pages, ignore an item that only looks like one (elements not ids)", () => {
    const broken = waveDefinition(STUDY_CODE);
    const pages = broken.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === "panel_code" ? { ...item, elements: [1, 2, 3] } : item)),
    }));
    expect(codeElementsInPages(broken.pages)).toEqual(STUDY_CODE);
    expect(codeElementsInPages(pages)).toBeNull();
  });
});

describe("how a wave's code differs from the study's", () => {
  it("is nothing for the same ids in the same order", () => {
    expect(codeElementDifference(STUDY_CODE, [...STUDY_CODE])).toBeNull();
  });

  it("names the elements missing and the ones added", () => {
    const wave = ["own_initial", ...STUDY_CODE.slice(1)];
    expect(codeElementDifference(STUDY_CODE, wave)).toBe(
      `The study's identification code is ${STUDY_CODE.join(", ")}; it does not ask mother_initial; it asks own_initial, which the study does not.`,
    );
  });

  it("names a change of order, which would break the link as surely", () => {
    const wave = [...STUDY_CODE].reverse();
    expect(codeElementDifference(STUDY_CODE, wave)).toBe(
      `The study's identification code is ${STUDY_CODE.join(", ")}; it asks the same elements in another order (${wave.join(", ")}).`,
    );
  });
});
