import { describe, expect, it } from "vitest";
import { codeElementDifference, codeElementsOf } from "../../../app/studies/wave-code-elements";
import type { InstrumentDefinition } from "../../../instrument/definition-schema";
import { miniInstrument } from "../../fixtures/mini-instrument";
import { STUDY_CODE, waveDefinition } from "../../fixtures/wave-instrument";

// Until the identificationCode item type is merged, a definition carrying one is not an InstrumentDefinition
// for the compiler; the walk is structural, so the stored shape is what it is given.
const asDefinition = (stored: unknown) => stored as InstrumentDefinition;

describe("a definition's identification-code elements", () => {
  it("are the code item's element ids, in the definition's order", () => {
    expect(codeElementsOf(asDefinition(waveDefinition(STUDY_CODE)))).toEqual(STUDY_CODE);
  });

  it("are null when no item is an identification code", () => {
    expect(codeElementsOf(miniInstrument)).toBeNull();
  });

  it("ignore an item that only looks like one (elements not a list of ids)", () => {
    const broken = waveDefinition(STUDY_CODE);
    const pages = broken.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === "panel_code" ? { ...item, elements: [1, 2, 3] } : item)),
    }));
    expect(codeElementsOf(asDefinition({ ...broken, pages }))).toBeNull();
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
