/**
 * A stored answer: an option code (single choice, Likert, matrix row, consent = 1),
 * a list of option codes (multiple choice), a number (numeric), text (free text),
 * or null when the respondent saw the question and left it blank.
 */
export type AnswerValue = number | number[] | string | null;

/** Answers keyed by item id (matrix rows are keyed by row id). */
export type Answers = Record<string, AnswerValue>;
