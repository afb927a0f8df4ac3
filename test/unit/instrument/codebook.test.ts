import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCodebook, describeCondition, renderCodebookMarkdown } from "../../../instrument/codebook";
import {
  DEFAULT_CODEBOOK_PATH,
  defaultCodebookMarkdown,
  loadDefaultInstrument,
} from "../../../instrument/default-instrument";
import { supportWorkAndErosionNotes } from "../../../instrument/definitions/support-work-and-erosion.notes";
import { answerFields, fieldsById } from "../../../instrument/traversal";
import { miniInstrument } from "../../fixtures/mini-instrument";

const definition = loadDefaultInstrument();
const codebook = buildCodebook(definition, supportWorkAndErosionNotes);
const variable = (id: string) => {
  const found = codebook.variables.find((entry) => entry.id === id);
  if (!found) throw new Error(`no variable ${id}`);
  return found;
};

describe("codebook JSON", () => {
  it("has one entry per stored variable, in the order answerFields gives", () => {
    expect(codebook.variables.map((entry) => entry.id)).toEqual(
      answerFields(definition).map((field) => field.id),
    );
    expect(codebook.pages.flatMap((page) => page.variables)).toEqual(
      codebook.variables.map((entry) => entry.id),
    );
  });

  it("describes a reversed CBI matrix row: stem, scores, scale membership, condition", () => {
    expect(variable("cbi_w7")).toMatchObject({
      page: "your_work",
      type: "matrix",
      matrix: "cbi_work_freq",
      stem: "Your work: how often?",
      text: "Do you have enough energy for family and friends during leisure time?",
      answerScale: "cbi_frequency",
      required: false,
      condition: 'role is not 5 ("I have left support work")',
      scales: [{ id: "cbi_work", reverse: true }],
      attentionCheck: null,
      randomized: [],
    });
    expect(variable("cbi_w7").options?.map(({ code, label, score }) => [code, label, score])).toEqual([
      [1, "Always", 100],
      [2, "Often", 75],
      [3, "Sometimes", 50],
      [4, "Seldom", 25],
      [5, "Never or almost never", 0],
    ]);
    expect(variable("cbi_w1").scales).toEqual([{ id: "cbi_work", reverse: false }]);
  });

  it("describes quasi-identifiers, missing codes, multiple-choice columns and numeric ranges", () => {
    expect(variable("region").quasiIdentifier).toEqual({ kind: "region", bands: null });
    expect(variable("region").options?.find((option) => option.code === 99)).toEqual({
      code: 99,
      label: "Prefer not to say",
      score: null,
      missingForScoring: true,
      fixedPosition: true,
    });
    expect(variable("years_support")).toMatchObject({
      required: true,
      quasiIdentifier: { kind: "tenure", bands: [2, 5, 10, 20, 50] },
      numeric: { min: 0, max: 50, step: 0.5, unit: "years" },
    });
    expect(variable("channels").columns).toEqual([
      "channels_1",
      "channels_2",
      "channels_3",
      "channels_4",
      "channels_5",
      "channels_6",
      "channels_96",
    ]);
    expect(variable("channels").randomized).toEqual(["options shown in random order"]);
    expect(variable("protect_text").freeText).toEqual({ maxLength: 2000, multiline: true });
  });

  it("describes the attention check and the conditional pages", () => {
    expect(variable("inst_attention")).toMatchObject({
      attentionCheck: { expected: 2, label: "Disagree" },
      scales: [],
    });
    expect(variable("record_reread").condition).toBe('proficiency_record is 1 ("Yes")');
    expect(codebook.pages.find((page) => page.id === "consent")?.screenOut?.unless).toBe(
      'age_18 is 1 ("Yes") and support_experience is 1 ("Yes")',
    );
  });

  it("describes scales with their method and reference, and the derived variable", () => {
    const work = codebook.scales.find((scale) => scale.id === "cbi_work");
    expect(work).toMatchObject({ minimumAnswered: 4, reverse: ["cbi_w7"], reference: "kristensen2005" });
    expect(work?.method).toContain("at least 4 of 7");
    expect(codebook.scales.find((scale) => scale.id === "institutional_support")?.method).toContain(
      "missing for scoring count as unanswered",
    );
    expect(codebook.derived).toEqual([
      expect.objectContaining({ id: "capacity_drop", of: ["capacity_start", "capacity_now"] }),
    ]);
    expect(codebook.references[0]?.scales).toEqual(["cbi_personal", "cbi_work", "cbi_client"]);
  });

  it("refuses notes for ids the definition does not have", () => {
    expect(() => buildCodebook(definition, { variables: { cbi_w8: "?" } })).toThrow(
      'codebook note for unknown variable "cbi_w8"',
    );
    expect(() => buildCodebook(definition, { pages: { nowhere: "?" } })).toThrow('unknown page "nowhere"');
  });

  it("works for any definition, without notes", () => {
    const mini = buildCodebook(miniInstrument);
    expect(mini.variables.map((entry) => entry.id)).toEqual(
      answerFields(miniInstrument).map((field) => field.id),
    );
    expect(renderCodebookMarkdown(mini)).toContain("# Codebook: Mini survey");
  });
});

describe("conditions in words", () => {
  const fields = fieldsById(definition);
  it("quotes option labels and nests any/all", () => {
    expect(
      describeCondition(
        {
          any: [
            { item: "role", in: [1, 2] },
            {
              all: [
                { item: "years_support", atLeast: 10 },
                { item: "channels", includes: 1 },
              ],
            },
          ],
        },
        fields,
      ),
    ).toBe(
      'role is one of 1 ("Individual contributor (I handle customer contacts or tickets)"), 2 ("Team lead") or (years_support is at least 10 and channels includes 1 ("Phone"))',
    );
    expect(describeCondition({ not: { item: "protect_text", answered: true } }, fields)).toBe(
      "protect_text is not answered",
    );
  });
});

describe("codebook Markdown", () => {
  const markdown = renderCodebookMarkdown(codebook);

  it("has a title, the CBI citation block and one table per page", () => {
    expect(markdown.startsWith("# Codebook: Support Work and Erosion Survey\n")).toBe(true);
    expect(markdown).toContain(
      "> Kristensen, T. S., Borritz, M., Villadsen, E., & Christensen, K. B. (2005)",
    );
    for (const page of codebook.pages)
      expect(markdown).toContain(`## Page ${page.number}: ${page.title} (\`${page.id}\`)`);
    expect(markdown).toContain(
      "| `cbi_w7` | Do you have enough energy for family and friends during leisure time? |",
    );
  });

  it("matches the committed file (regenerate with: npx tsx scripts/write-codebook.ts)", () => {
    const committed = readFileSync(path.resolve(DEFAULT_CODEBOOK_PATH), "utf8");
    expect(defaultCodebookMarkdown()).toBe(markdown);
    expect(committed).toBe(markdown);
  });
});
