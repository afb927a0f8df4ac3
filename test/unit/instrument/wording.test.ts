import { describe, expect, it } from "vitest";
import { buildReview } from "~/respondent/review-view";
import { buildPageView } from "~/surveys/page-view";
import { buildCodebook } from "../../../instrument/codebook";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import { EMPTY_PRESENTATION } from "../../../instrument/presentation-order";

// Issue 15 item 11: people who have left support are asked about their last job in the past tense, through
// wording variants of the same variables, not a page note.
const definition = loadDefaultInstrument();
const page = (id: string) => {
  const found = definition.pages.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no page ${id}`);
  return found;
};
const LEAVER = { role: 5, years_support: 6 };
const AGENT = { role: 1, years_support: 6 };
const view = (pageId: string, answers: Record<string, number>) =>
  buildPageView(definition, page(pageId), answers, EMPTY_PRESENTATION, "en");
const labels = (pageId: string, answers: Record<string, number>) =>
  view(pageId, answers).fields.flatMap((field) =>
    field.kind === "matrix" ? [field.label, ...field.rows.map((row) => row.label)] : [field.label],
  );

describe("wording for people who have left support work", () => {
  it("asks a current practitioner in the present tense and a leaver in the past tense, same variables", () => {
    expect(labels("work_setting", AGENT)).toContain("Which channels do you work in?");
    expect(labels("work_setting", LEAVER)).toContain("Which channels did you work in?");
    expect(view("work_setting", LEAVER).fields.map((field) => field.name)).toEqual(
      view("work_setting", AGENT).fields.map((field) => field.name),
    );
    expect(view("work_setting", LEAVER).title).toBe("Your last support job");
    expect(view("work_setting", AGENT).title).toBe("Where you work");
  });

  it("words matrix stems and rows, and rating end labels, for leavers", () => {
    expect(labels("institution", LEAVER)).toEqual(
      expect.arrayContaining([
        "How much do you agree with each statement about where you worked?",
        "My employer took my well-being seriously.",
      ]),
    );
    expect(labels("institution", AGENT)).toContain("My employer takes my well-being seriously.");
    const capacityNow = view("capacity", LEAVER).fields.find((field) => field.name === "capacity_now");
    expect(capacityNow).toMatchObject({ kind: "rating", maxLabel: "10 = as much as they needed" });
  });

  it("leaves no present-tense job question for a leaver on the pages about their last job", () => {
    // The present-tense markers of the job questions; wellbeing and restoration are about life now, for everyone.
    const present =
      /\b(do you work|is spent|work for your|do you deal|is each of these true|about your work now|where you work|takes my|can you put)\b/i;
    for (const pageId of ["work_setting", "capacity", "exposure", "institution"]) {
      const shown = view(pageId, LEAVER);
      for (const text of [shown.title, shown.intro ?? "", ...labels(pageId, LEAVER)])
        expect(text, `${pageId}: ${text}`).not.toMatch(present);
    }
  });

  it("shows the review in the wording the respondent saw", () => {
    const review = buildReview(definition, { ...LEAVER, hostile_freq: 3 }, "en");
    const question = review
      .flatMap((section) => section.entries)
      .find((entry) => entry.id === "hostile_freq");
    expect(question?.question).toMatch(/^In your last support job, how often did you deal/);
  });

  it("documents each wording in the codebook with the condition in words", () => {
    const codebook = buildCodebook(definition);
    const row = codebook.variables.find((variable) => variable.id === "inst_wellbeing");
    expect(row?.wordings).toEqual([
      {
        when: 'role is 5 ("I have left support work")',
        question:
          "How much do you agree with each statement about where you worked? My employer took my well-being seriously.",
      },
    ]);
    expect(codebook.variables.find((variable) => variable.id === "years_support")?.wordings).toEqual([]);
  });

  it("refuses a wording that reads an answer from its own page", () => {
    const input = structuredClone(definition) as unknown as { pages: { items: Record<string, unknown>[] }[] };
    const workSetting = definition.pages.findIndex((candidate) => candidate.id === "work_setting");
    input.pages[workSetting]!.items[0]!.wordings = [
      { when: { item: "region", equals: 3 }, text: { en: "Who do you support in Europe?" } },
    ];
    const result = instrumentDefinitionSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(
      `pages.${workSetting}.items.0.wordings.0.when`,
    );
  });
});
