import type { AnswerValue, Answers } from "../../instrument/answers";
import type { AnswerItem, Option } from "../../instrument/items";
import { CONTEXT_RULES } from "./context-answers";
import { FREE_TEXT_BANK } from "./free-text-bank";
import { PANEL_MODEL as M } from "./model-parameters";
import type { Draws } from "./random-draws";
import type { RespondentProfile } from "./respondent-profile";
import { scaleRowAnswer } from "./scale-answers";

/** What one answer field needs: its id (the row id for matrix rows), item, options and attention check. */
export type FieldToAnswer = {
  id: string;
  item: AnswerItem;
  options: readonly Option[] | null;
  attentionCheck: { expected: number } | null;
  /** Every option code, and those that count for scoring (not "Don't know" / "Prefer not to say"). */
  codes: readonly number[];
  substantiveCodes: readonly number[];
};

/** Indexes a field's option codes once, so answering it allocates nothing per respondent. */
export function fieldToAnswer(field: Omit<FieldToAnswer, "codes" | "substantiveCodes">): FieldToAnswer {
  const options = field.options ?? [];
  const codes = options.map((option) => option.code);
  const substantiveCodes = options.filter((option) => !option.missingForScoring).map((option) => option.code);
  return { ...field, codes, substantiveCodes };
}

/** Per respondent: the profile, and the one code a straight-liner gives down every matrix row. */
export type Respondent = { profile: RespondentProfile; lineCode: number };

const decimals = (step: number): number => (String(step).split(".")[1] ?? "").length;

/** True when the value would pass the instrument's page validation for this field. */
function isValid(field: FieldToAnswer, value: AnswerValue): boolean {
  const { item } = field;
  if (value === null) return !item.required;
  if (item.type === "numeric") {
    if (typeof value !== "number" || value < item.min || value > item.max) return false;
    const steps = (value - item.min) / item.step;
    return Math.abs(steps - Math.round(steps)) <= 1e-9;
  }
  if (item.type === "text")
    return typeof value === "string" && value.length > 0 && [...value].length <= item.maxLength;
  if (item.type === "multiple") {
    if (!Array.isArray(value) || value.length === 0 || value.some((code) => !field.codes.includes(code)))
      return false;
    if (value.length > 1 && value.some((code) => item.exclusiveCodes.includes(code))) return false;
    return value.length >= (item.minSelected ?? 1) && value.length <= (item.maxSelected ?? Infinity);
  }
  return typeof value === "number" && field.codes.includes(value);
}

/** A valid answer for any field the model does not describe: uniform over its substantive options or range. */
function genericAnswer(field: FieldToAnswer, draws: Draws): AnswerValue {
  const { item } = field;
  switch (item.type) {
    case "consent":
      return 1;
    case "numeric": {
      const points = Math.floor((item.max - item.min) / item.step + 1e-9) + 1;
      return Number(
        (item.min + Math.floor(draws.uniform() * points) * item.step).toFixed(decimals(item.step)),
      );
    }
    case "text":
      return item.required ? draws.oneOf(FREE_TEXT_BANK).slice(0, item.maxLength) : null;
    case "multiple": {
      const open = item.options.filter((option) => !item.exclusiveCodes.includes(option.code));
      const wanted = Math.min(open.length, item.minSelected ?? 1);
      const chosen = new Set<number>();
      while (chosen.size < wanted) chosen.add(draws.oneOf(open).code);
      return open.map((option) => option.code).filter((code) => chosen.has(code));
    }
    default:
      return draws.oneOf(field.substantiveCodes.length > 0 ? field.substantiveCodes : field.codes);
  }
}

/** The answer the model gives, before missingness; undefined when the model does not know the field. */
function modelAnswer(
  field: FieldToAnswer,
  respondent: Respondent,
  draws: Draws,
  earlier: Answers,
): AnswerValue | undefined {
  const { profile } = respondent;
  const choiceLike =
    field.item.type === "matrix" || field.item.type === "likert" || field.item.type === "single";
  if (field.item.type === "matrix" && profile.behaviour === "straight-liner") return respondent.lineCode;
  if ((field.item.type === "matrix" || field.item.type === "likert") && profile.behaviour === "speeder")
    return draws.oneOf(field.codes);
  if (field.attentionCheck && choiceLike) {
    const { expected } = field.attentionCheck;
    if (profile.behaviour !== "attention-failure") return expected;
    return draws.oneOf(field.substantiveCodes.filter((code) => code !== expected));
  }
  if (field.item.type === "text")
    return draws.chance(M.behaviour.freeText) ? draws.oneOf(FREE_TEXT_BANK) : null;
  const rule = CONTEXT_RULES.get(field.id);
  if (rule) return rule(profile, draws, earlier);
  return scaleRowAnswer(field.id, profile, draws) ?? undefined;
}

/**
 * One field's stored answer: null for an item left blank (5 % of optional fields; never the attention check,
 * never a straight-liner's matrix row), else the model's answer, or a generic valid one when the model's answer
 * would not pass this instrument version's validation.
 */
export function fieldAnswer(
  field: FieldToAnswer,
  respondent: Respondent,
  draws: Draws,
  earlier: Answers,
): AnswerValue {
  const exempt =
    field.item.required ||
    field.attentionCheck !== null ||
    field.item.type === "text" ||
    (field.item.type === "matrix" && respondent.profile.behaviour === "straight-liner");
  const skipped = draws.chance(M.behaviour.missingAnswer);
  if (skipped && !exempt) return null;
  const answer = modelAnswer(field, respondent, draws, earlier);
  return answer !== undefined && isValid(field, answer) ? answer : genericAnswer(field, draws);
}
