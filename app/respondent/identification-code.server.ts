import type { InstrumentDefinition, Page } from "../../instrument/definition-schema";
import {
  type CodeAnswers,
  codeFieldName,
  codeUnknownName,
  validateCodeItem,
} from "../../instrument/identification-code-answers";
import type { IdentificationCodeItem } from "../../instrument/items";
import type { FormFields, ValidationMessage } from "../../instrument/page-validation";
import { identificationCodeItem } from "../../instrument/traversal";
import { identificationKeyForSurvey } from "~/studies/identification-key.server";
import { keyedElementHash } from "~/studies/study-keys.server";

/**
 * The respondent's side of identification codes (decision 059): a survey that asks for one can take answers
 * only while its study's key can be read; the page's answers are hashed under that key at once, and only the
 * hashes reach the draft. Raw answers live in this request's memory and nowhere else.
 */
export type CodeGate = { kind: "none" } | { kind: "ready"; key: Buffer } | { kind: "unavailable" };

/** Whether the survey asks for a code and, if so, whether its key is there. Says why in the log when not. */
export async function identificationCodeGate(
  surveyId: string,
  definition: InstrumentDefinition,
): Promise<CodeGate> {
  if (!identificationCodeItem(definition)) return { kind: "none" };
  const key = await identificationKeyForSurvey(surveyId);
  if (key.ok) return { kind: "ready", key: key.key };
  // The reason names the survey, the study and the key file: never an answer.
  console.warn(`A survey page was refused with 503 (identification code): ${key.reason}`);
  return { kind: "unavailable" };
}

/** Each element's stored form: the keyed hash of its normalised answer, or null for "I don't know". */
export function hashCodeAnswers(key: Buffer, answers: CodeAnswers): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [
      id,
      value === null ? null : keyedElementHash(key, id, value),
    ]),
  );
}

const codeItemOn = (page: Page): IdentificationCodeItem | null =>
  page.items.find((item): item is IdentificationCodeItem => item.type === "identificationCode") ?? null;

export type CodePageReading = {
  errors: Record<string, ValidationMessage>;
  /** What was typed, only to show the page again after a refusal (the response to this request; never stored). */
  submitted: Record<string, string>;
  /** The hashes to keep in the draft from now on. */
  stored: Record<string, string | null>;
};

/**
 * The code fields of a submitted page. All elements valid: the new hashes replace the earlier ones (a "Change"
 * gives them all again). Otherwise the valid ones are kept over the earlier ones, for "Back" and "Save".
 */
export function readCodePage(
  page: Page,
  form: FormFields,
  key: Buffer | null,
  earlier: Record<string, string | null>,
): CodePageReading {
  const item = codeItemOn(page);
  if (!item) return { errors: {}, submitted: {}, stored: earlier };
  if (!key) throw new Error("An identification-code page was read without its study's key");
  const submitted: Record<string, string> = {};
  for (const id of item.elements)
    for (const name of [codeFieldName(item.id, id), codeUnknownName(item.id, id)]) {
      const value = form.get(name);
      if (typeof value === "string" && value !== "") submitted[name] = value;
    }
  const validation = validateCodeItem(item, form);
  if (validation.success) return { errors: {}, submitted, stored: hashCodeAnswers(key, validation.answers) };
  return {
    errors: validation.errors,
    submitted,
    stored: { ...earlier, ...hashCodeAnswers(key, validation.validAnswers) },
  };
}
