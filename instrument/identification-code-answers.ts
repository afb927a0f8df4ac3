import {
  type CodeElement,
  type CodeElementId,
  codeElement,
  normaliseCodeAnswer,
} from "./identification-code-elements";
import type { IdentificationCodeItem } from "./items";
import type { FormFields, ValidationMessage } from "./page-validation";

/**
 * Reading an identification-code page's form (decision 059). Each element has a field and an "I don't know"
 * box; exactly one of them must be used. The result is the normalised answers, which the app hashes at once
 * and never stores: they are not `Answers`, so nothing that handles answers (drafts, exports) can meet them.
 */

/** The element's field: a dot cannot appear in an item id, so it never clashes with a question's name. */
export const codeFieldName = (itemId: string, elementId: CodeElementId): string => `${itemId}.${elementId}`;
/** The element's "I don't know" box, sent as "1" when ticked. */
export const codeUnknownName = (itemId: string, elementId: CodeElementId): string =>
  `${itemId}.${elementId}.unknown`;

/** Every field name the item's form may carry. */
export function codeFormNames(item: IdentificationCodeItem): string[] {
  return item.elements.flatMap((id) => [codeFieldName(item.id, id), codeUnknownName(item.id, id)]);
}

/** Per element: its normalised answer, or null for "I don't know". */
export type CodeAnswers = Partial<Record<CodeElementId, string | null>>;

export type CodeValidation =
  | { success: true; answers: CodeAnswers }
  | {
      success: false;
      /** Keyed by the element's field name. */
      errors: Record<string, ValidationMessage>;
      /** The elements that were answered properly (kept when the respondent saves or goes back). */
      validAnswers: CodeAnswers;
    };

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

function elementProblem(element: CodeElement): ValidationMessage {
  if (element.kind === "letter") return { id: "validation.codeLetter" };
  const [min, max] = element.kind === "month" ? [1, 12] : [element.min, element.max];
  return { id: "validation.codeRange", values: { min, max } };
}

/** One element's answer, or the problem with it. */
function readElement(
  item: IdentificationCodeItem,
  id: CodeElementId,
  form: FormFields,
): { ok: true; value: string | null } | { ok: false; problem: ValidationMessage } {
  const element = codeElement(id);
  const raw = text(form.get(codeFieldName(item.id, id)));
  const unknown = text(form.get(codeUnknownName(item.id, id))) !== "";
  if (raw !== "" && unknown) return { ok: false, problem: { id: "validation.codeBoth" } };
  if (unknown) return { ok: true, value: null };
  if (raw === "") return { ok: false, problem: { id: "validation.codeAnswerOrUnknown" } };
  const value = normaliseCodeAnswer(element, raw);
  return value === null ? { ok: false, problem: elementProblem(element) } : { ok: true, value };
}

/** Validates the item's form: every element answered or "I don't know", never both. */
export function validateCodeItem(item: IdentificationCodeItem, form: FormFields): CodeValidation {
  const answers: CodeAnswers = {};
  const errors: Record<string, ValidationMessage> = {};
  for (const id of item.elements) {
    const read = readElement(item, id, form);
    if (read.ok) answers[id] = read.value;
    else errors[codeFieldName(item.id, id)] = read.problem;
  }
  return Object.keys(errors).length === 0
    ? { success: true, answers }
    : { success: false, errors, validAnswers: answers };
}

/** True when a stored code (element id → hash or null) covers every element the item asks. */
export function isCodeComplete(item: IdentificationCodeItem, stored: Record<string, string | null>): boolean {
  return item.elements.every((id) => id in stored);
}
