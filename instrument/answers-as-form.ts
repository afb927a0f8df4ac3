import type { AnswerValue, Answers } from "./answers";
import type { FormFields } from "./page-validation";

/** Stored answers as the strings an HTML form holds (multiple choice as a list). */
export type FormValues = Record<string, string | string[]>;

function asFormValue(
  value: AnswerValue | undefined,
  decimalSeparator: string,
): string | string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String);
  // A number goes back into its field as the respondent would type it ("2,5" in Spanish); validation reads both.
  if (typeof value === "number") return String(value).replace(".", decimalSeparator);
  return String(value);
}

/** Stored answers as form values; `decimalSeparator` writes fractional numbers in the page's language. */
export function answersAsFormValues(answers: Answers, decimalSeparator = "."): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(answers)) {
    const formValue = asFormValue(value, decimalSeparator);
    if (formValue !== undefined) values[name] = formValue;
  }
  return values;
}

/** Stored answers as the submitted form that would have produced them, to re-validate them page by page. */
export function answersAsFormFields(answers: Answers): FormFields {
  const values = answersAsFormValues(answers);
  return {
    get: (name: string) => {
      const value = values[name];
      return Array.isArray(value) ? value[0] : value;
    },
    getAll: (name: string) => {
      const value = values[name];
      return value === undefined ? [] : Array.isArray(value) ? value : [value];
    },
  };
}
