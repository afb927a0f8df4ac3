import type { AnswerValue, Answers } from "./answers";
import type { FormFields } from "./page-validation";

/** Stored answers as the strings an HTML form holds (multiple choice as a list). */
export type FormValues = Record<string, string | string[]>;

function asFormValue(value: AnswerValue | undefined): string | string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

export function answersAsFormValues(answers: Answers): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(answers)) {
    const formValue = asFormValue(value);
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
