import { describe, expect, it } from "vitest";
import { buildResponseView, scoreEntries } from "~/lab/response-view";
import { buildReview } from "~/respondent/review-view";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import { scoreResponse } from "../../../instrument/scoring";
import { miniInstrument, miniInstrumentInput } from "../../fixtures/mini-instrument";

const stayer = Object.freeze({
  consent: 1,
  adult: 1,
  years: 4,
  role: 1,
  b1: 1,
  b2: 2,
  attn: 3,
  b3: 2,
  b4: 4,
});

const entry = (sections: ReturnType<typeof buildResponseView>, id: string) =>
  sections.flatMap((section) => section.entries).find((candidate) => candidate.id === id);

describe("buildResponseView", () => {
  it("lists every page of the definition in order, with every question, answered or not", () => {
    const sections = buildResponseView(miniInstrument, stayer, "en");
    expect(sections.map((section) => section.pageId)).toEqual(miniInstrument.pages.map((page) => page.id));
    expect(sections.map((section) => section.shown)).toEqual([true, true, true, false]);
    // Matrix rows read "stem row"; options by their labels; a number with its unit.
    expect(entry(sections, "b2")).toEqual({
      id: "b2",
      question: "How often… are you worn out?",
      status: "answered",
      answer: "Often",
    });
    expect(entry(sections, "role")).toMatchObject({ status: "answered", answer: "Agent" });
    expect(entry(sections, "years")).toMatchObject({ status: "answered", answer: "4 years" });
  });

  it("tells a skipped question from one branching did not show", () => {
    const sections = buildResponseView(miniInstrument, { ...stayer, channels: [] }, "en");
    // Shown, left empty (no answer or no box ticked).
    expect(entry(sections, "channels")).toMatchObject({ status: "skipped", answer: null });
    expect(entry(sections, "backing")).toMatchObject({ status: "skipped", answer: null });
    // The leavers' page is shown only to role 3.
    expect(entry(sections, "since_left")).toMatchObject({ status: "not-shown", answer: null });
    const leaver = buildResponseView(miniInstrument, { ...stayer, role: 3, protect: "A union" }, "en");
    expect(entry(leaver, "since_left")).toMatchObject({ status: "skipped" });
    expect(entry(leaver, "protect")).toMatchObject({ status: "answered", answer: "A union" });
  });

  it("marks a question hidden by its own condition, and keeps a stray stored answer visible", () => {
    const input = structuredClone(miniInstrumentInput);
    // "I get no time to recover." asked of leads only.
    Object.assign(input.pages[2]!.items[2]!, { showIf: { item: "role", equals: 2 } });
    const definition = instrumentDefinitionSchema.parse(input);
    const sections = buildResponseView(definition, { ...stayer, recovery: 4 }, "en");
    expect(entry(sections, "recovery")).toEqual({
      id: "recovery",
      question: "I get no time to recover.",
      status: "not-shown",
      answer: "Agree",
    });
    expect(entry(sections, "backing")?.status).toBe("skipped");
    expect(entry(buildResponseView(definition, { ...stayer, role: 2 }, "en"), "recovery")?.status).toBe(
      "skipped",
    );
  });

  it("words each answered question as the respondent's review page does", () => {
    const review = buildReview(miniInstrument, stayer, "en").flatMap((section) => section.entries);
    const lab = buildResponseView(miniInstrument, stayer, "en").flatMap((section) => section.entries);
    for (const reviewed of review.filter((candidate) => candidate.answer !== null)) {
      expect(lab.find((candidate) => candidate.id === reviewed.id)).toMatchObject({
        question: reviewed.question,
        answer: reviewed.answer,
      });
    }
  });
});

describe("scoreEntries", () => {
  it("labels every scale and derived variable in the definition's order, null where unscored", () => {
    const scores = scoreResponse(miniInstrument, stayer);
    const entries = scoreEntries(miniInstrument, scores, "en");
    expect(entries.map((score) => [score.id, score.label])).toEqual([
      ["strain_score", "Strain"],
      ["support", "Support"],
      ["years_before_leaving", "Years in support minus years since leaving"],
    ]);
    // Strain: freq scores 100, 75, 75 and b4 reversed (25 → 75): mean 81.25. Support needs both items.
    expect(entries.map((score) => score.value)).toEqual([81.25, null, null]);
  });
});
