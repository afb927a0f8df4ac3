/**
 * The one shape every form's answer takes (docs/decisions/018-one-form-convention.md). A failed
 * submission is answered 400 (401, 409 or 429 for refusals that are not about the fields) with a
 * `FormFailure`; an action that stays on its page after success answers a `FormSuccess`. Pages read
 * either through `readFormReply` (or `useFormReply` for an action's answer). No server code here.
 */

/** What was sent, by field name: one value, or all of them for fields that take several. */
export type FormValues = Record<string, string | string[]>;

export type FormFailure = {
  status: "error";
  /** One message per field, by the field's name. */
  fieldErrors: Record<string, string>;
  /** At most one message about the form as a whole: a refusal that no single field explains. */
  formError: string | null;
  /** The form as sent (the CSRF token and secrets left out), so the page shows it again. */
  values: FormValues;
};

export type FormSuccess<Result = null> = {
  status: "success";
  /** What happened, for the page's status line. */
  notice: string | null;
  /** Anything else the page shows once (e.g. invitation codes just made). */
  result: Result;
};

export type FormReply<Result = null> = FormFailure | FormSuccess<Result>;

/** A reply as a page uses it: empty messages and values when there was none, or it succeeded. */
export type FormReplyView<Result = null> = {
  failed: boolean;
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: FormValues;
  notice: string | null;
  result: Result | null;
};

export function readFormReply<Result = null>(
  reply: FormReply<Result> | null | undefined,
): FormReplyView<Result> {
  if (reply?.status === "error") {
    const { fieldErrors, formError, values } = reply;
    return { failed: true, fieldErrors, formError, values, notice: null, result: null };
  }
  return {
    failed: false,
    fieldErrors: {},
    formError: null,
    values: {},
    notice: reply?.notice ?? null,
    result: reply?.result ?? null,
  };
}

/** The first value sent for a field, or undefined. */
export function sentValue(values: FormValues, name: string): string | undefined {
  const value = values[name];
  return Array.isArray(value) ? value[0] : value;
}

/** One line of the error summary: its message and the id of the control it leads to. */
export type FormProblem = { message: string; fieldId?: string };

/** A field as the error summary names it: its name in the form, its control's id, a label prefix. */
export type SummaryField = { name: string; id: string; label?: string };

/**
 * The error summary's lines: the form error first (leading to `formErrorFieldId` when given), then
 * each field's message in the order of `fields`, then any message for a field not listed, unlinked,
 * so that no message of the reply goes unshown.
 */
export function summaryProblems(
  view: Pick<FormReplyView<unknown>, "fieldErrors" | "formError">,
  fields: readonly SummaryField[],
  formErrorFieldId?: string,
): FormProblem[] {
  const listed = new Set(fields.map((field) => field.name));
  return [
    ...(view.formError ? [{ message: view.formError, fieldId: formErrorFieldId }] : []),
    ...fields.flatMap((field) => {
      const message = view.fieldErrors[field.name];
      return message
        ? [{ message: field.label ? `${field.label}: ${message}` : message, fieldId: field.id }]
        : [];
    }),
    ...Object.entries(view.fieldErrors)
      .filter(([name]) => !listed.has(name))
      .map(([, message]) => ({ message })),
  ];
}
