import { describe, expect, it } from "vitest";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import { validateCodeItem } from "../../../instrument/identification-code-answers";
import { answerFields, identificationCodeItem } from "../../../instrument/traversal";
import { codeInstrument, codeInstrumentInput, CODE_PAGE } from "../../fixtures/code-instrument";

const SIX = ["mother_initial", "father_initial", "own_initial", "birth_month", "birth_day", "older_siblings"];

/** The test instrument with its code page's item changed. */
function withCode(change: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const item = { ...CODE_PAGE.items[0], ...change };
  const pages = codeInstrumentInput.pages.map((page) =>
    page.id === "code" ? { ...page, items: [item] } : page,
  );
  return instrumentDefinitionSchema.safeParse({ ...codeInstrumentInput, pages, ...extra });
}

const messages = (result: ReturnType<typeof withCode>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.message);

describe("the identificationCode item", () => {
  it("takes 6 to 10 unique elements of the library", () => {
    expect(withCode({ elements: SIX }).success).toBe(true);
    expect(withCode({ elements: SIX.slice(0, 5) }).success).toBe(false);
    expect(
      withCode({
        elements: [
          ...SIX,
          "school_town_initial",
          "mother_name_length",
          "birth_year_last_digit",
          "street_initial",
        ],
      }).success,
    ).toBe(true);
    expect(messages(withCode({ elements: [...SIX, "mother_initial"] }))).toContain(
      "list each code element once",
    );
    expect(withCode({ elements: [...SIX.slice(0, 5), "shoe_size"] }).success).toBe(false);
  });

  it("is allowed once per definition", () => {
    const second = { ...CODE_PAGE, id: "code_again", items: [{ ...CODE_PAGE.items[0], id: "panel_code_2" }] };
    const result = instrumentDefinitionSchema.safeParse({
      ...codeInstrumentInput,
      pages: [...codeInstrumentInput.pages, second],
    });
    expect(messages(result)).toContain("a definition may ask for one identification code only");
  });

  it("sits on a page shown to everyone", () => {
    const pages = codeInstrumentInput.pages.map((page) =>
      page.id === "code" ? { ...page, showIf: { item: "adult", equals: 1 } } : page,
    );
    expect(messages(instrumentDefinitionSchema.safeParse({ ...codeInstrumentInput, pages }))).toContain(
      "the identification code's page cannot have a condition: every respondent is asked it",
    );
  });

  it("cannot be a condition's source or part of a scale", () => {
    const pages = codeInstrumentInput.pages.map((page) =>
      page.id === "work" ? { ...page, showIf: { item: "panel_code", equals: 1 } } : page,
    );
    const conditioned = instrumentDefinitionSchema.safeParse({ ...codeInstrumentInput, pages });
    expect(messages(conditioned)).toContain(
      "a condition cannot read the identification code: its answers are stored only as keyed hashes",
    );
    const scales = [
      ...codeInstrumentInput.scales,
      {
        id: "code_scale",
        label: "No",
        items: ["panel_code", "b1"],
        aggregation: "mean",
        minAnsweredShare: 0.5,
      },
    ];
    const scaled = instrumentDefinitionSchema.safeParse({ ...codeInstrumentInput, scales });
    expect(messages(scaled)).toContain("the identification code cannot be part of a scale");
  });

  it("is no answer field, so no codebook column, export or analysis can carry it", () => {
    expect(answerFields(codeInstrument).map((field) => field.id)).not.toContain("panel_code");
    expect(identificationCodeItem(codeInstrument)?.page.id).toBe("code");
  });
});

describe("reading the code page's form", () => {
  const item = identificationCodeItem(codeInstrument)!.item;
  const form = (entries: Record<string, string>) => new URLSearchParams(entries);
  const full = {
    "panel_code.mother_initial": "é",
    "panel_code.father_initial.unknown": "1",
    "panel_code.own_initial": "m",
    "panel_code.birth_month": "07",
    "panel_code.birth_day": "23",
    "panel_code.older_siblings": "0",
    "panel_code.school_town_initial": " ñ ",
  };

  it("normalises every answer, and keeps 'I don't know' as null", () => {
    expect(validateCodeItem(item, form(full))).toEqual({
      success: true,
      answers: {
        mother_initial: "E",
        father_initial: null,
        own_initial: "M",
        birth_month: "7",
        birth_day: "23",
        older_siblings: "0",
        school_town_initial: "N",
      },
    });
  });

  it("asks for an answer or 'I don't know', one letter, a number in range, and not both", () => {
    const result = validateCodeItem(
      item,
      form({
        ...full,
        "panel_code.mother_initial": "",
        "panel_code.own_initial": "7",
        "panel_code.birth_day": "32",
        "panel_code.older_siblings": "9",
        "panel_code.school_town_initial.unknown": "1",
      }),
    );
    expect(result.success).toBe(false);
    expect(!result.success && result.errors).toEqual({
      "panel_code.mother_initial": { id: "validation.codeAnswerOrUnknown" },
      "panel_code.own_initial": { id: "validation.codeLetter" },
      "panel_code.birth_day": { id: "validation.codeRange", values: { min: 1, max: 31 } },
      "panel_code.older_siblings": { id: "validation.codeRange", values: { min: 0, max: 5 } },
      "panel_code.school_town_initial": { id: "validation.codeBoth" },
    });
    expect(!result.success && result.validAnswers).toEqual({ father_initial: null, birth_month: "7" });
  });
});
