import { describe, expect, it } from "vitest";
import { buildCodebook, renderCodebookMarkdown } from "../../../instrument/codebook";
import { bilingualScalesInstrument } from "../../fixtures/bilingual-scales-instrument";
import { miniInstrument } from "../../fixtures/mini-instrument";

describe("the codebook says each scale's wording status per language", () => {
  it("lists the source, the validated translation with its citation, and the draft", () => {
    expect(buildCodebook(bilingualScalesInstrument).wording).toEqual([
      {
        language: "en",
        scales: [
          { scale: "tired", status: "source", citation: null },
          { scale: "backing", status: "source", citation: null },
        ],
      },
      {
        language: "es",
        scales: [
          {
            scale: "tired",
            status: "validated",
            citation: "Pérez, A. (2020). Test translation of the tiredness scale.",
          },
          { scale: "backing", status: "draft", citation: null },
        ],
      },
    ]);
  });

  it("renders a row per scale with a column per language", () => {
    const markdown = renderCodebookMarkdown(buildCodebook(bilingualScalesInstrument));
    expect(markdown).toContain("## Languages and the status of each scale's wording");
    expect(markdown).toContain(
      "| `tired` | original wording (source language) | validated translation: Pérez, A. (2020). Test translation of the tiredness scale. |",
    );
    expect(markdown).toContain(
      "| `backing` | original wording (source language) | draft translation by this project, not validated |",
    );
  });

  it("adds nothing to an English-only codebook", () => {
    const codebook = buildCodebook(miniInstrument);
    expect("wording" in codebook).toBe(false);
    expect(renderCodebookMarkdown(codebook)).not.toContain("status of each scale's wording");
  });
});
