// One stored response as the lab reads it: every page of its instrument version in order, every question with
// the answer in words, and what happened to questions without an answer. Built from the instrument definition
// (never a hand-kept list of items), with the same wording the respondent's review page uses.
import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import type { Scores } from "../../instrument/scoring";
import { pageTexts } from "../../instrument/wording";
import { answerFields } from "../../instrument/traversal";
import { isItemVisible, isPageVisible } from "../../instrument/visibility";
import { fieldAnswer, fieldQuestion } from "~/surveys/answer-text";

/**
 * "answered"; "skipped": shown but left empty; "not-shown": branching hid the page or the question from this
 * respondent (no answer is expected).
 */
export type AnswerStatus = "answered" | "skipped" | "not-shown";

export type ResponseEntry = { id: string; question: string; status: AnswerStatus; answer: string | null };
export type ResponseSection = { pageId: string; title: string; shown: boolean; entries: ResponseEntry[] };
export type ScoreEntry = { id: string; label: string; value: number | null };

/**
 * Every page of the definition in its order, each question with its answer and status. A stored answer to a
 * question that was not shown (which pruning should make impossible) is still shown, never silently dropped.
 */
export function buildResponseView(
  definition: InstrumentDefinition,
  answers: Answers,
  language: string,
): ResponseSection[] {
  const fields = answerFields(definition);
  return definition.pages.map((page) => {
    const pageShown = isPageVisible(page, answers);
    return {
      pageId: page.id,
      title: localize(pageTexts(page, answers).title, language),
      shown: pageShown,
      entries: fields
        .filter((field) => field.page === page)
        .map((field) => {
          const answer = fieldAnswer(field, answers[field.id], language);
          const empty = answer === null || answer.trim() === "";
          const shown = pageShown && isItemVisible(field.item, answers);
          const status: AnswerStatus = !shown ? "not-shown" : empty ? "skipped" : "answered";
          return {
            id: field.id,
            question: fieldQuestion(field, answers, language),
            status,
            answer: empty ? null : answer,
          };
        }),
    };
  });
}

/** The scale scores and derived variables, labelled, in the definition's order (null: too few answers). */
export function scoreEntries(
  definition: InstrumentDefinition,
  scores: Scores,
  language: string,
): ScoreEntry[] {
  return [...definition.scales, ...definition.derived].map((variable) => ({
    id: variable.id,
    label: localize(variable.label, language),
    value: scores[variable.id] ?? null,
  }));
}
