import { translate } from "~/i18n/translate.server";
import type { Answers } from "../../instrument/answers";
import type { Page } from "../../instrument/definition-schema";
import { visibleItems } from "../../instrument/visibility";
import { codeFormNames } from "../../instrument/identification-code-answers";
import { HONEYPOT_FIELD } from "~/security/honeypot";

/**
 * The language switch's choice when the enhancement script sends it with the page's answers (intent "language").
 * Item ids start with a letter, so it cannot be a question's name.
 */
export const SWITCH_LANGUAGE_FIELD = "_language";

/** Fields every survey page form carries besides its answers. */
const FORM_CONTROLS = ["shown", "intent", HONEYPOT_FIELD, SWITCH_LANGUAGE_FIELD];

export type FormShapeProblem = { formError: string } | { errors: Record<string, string> };

/**
 * Checks that a page's form has the shape the page sent out: no field the page does not ask
 * for, and one value for each single-answer question. The answers themselves are checked by
 * instrument/page-validation.ts. `extraControls`: fields this request may also carry once each
 * (the invitation code on a first page that asks for it).
 */
export function formShapeProblem(
  page: Page,
  earlierAnswers: Answers,
  form: URLSearchParams,
  extraControls: readonly string[],
  language: string,
): FormShapeProblem | null {
  const controls = [...FORM_CONTROLS, ...extraControls];
  const single = new Set<string>();
  const multiple = new Set<string>();
  for (const item of visibleItems(page, earlierAnswers)) {
    if (item.type === "matrix") item.rows.forEach((row) => single.add(row.id));
    else if (item.type === "identificationCode") codeFormNames(item).forEach((name) => single.add(name));
    else (item.type === "multiple" ? multiple : single).add(item.id);
  }
  for (const name of new Set(form.keys())) {
    const known = single.has(name) || multiple.has(name) || controls.includes(name);
    if (!known || (controls.includes(name) && form.getAll(name).length > 1)) {
      return { formError: translate(language, "validation.unknownFields") };
    }
  }
  const errors: Record<string, string> = {};
  for (const name of single) {
    if (form.getAll(name).length > 1) errors[name] = translate(language, "validation.onlyOne");
  }
  return Object.keys(errors).length > 0 ? { errors } : null;
}
