import { useSurveyText } from "./survey-text";

/** The control id of a survey question (the error summary's links lead there). */
export const fieldId = (name: string) => `f-${name}`;

export function OptionalMark({ required }: { required: boolean }) {
  const { optional } = useSurveyText();
  return required ? null : <span className="optional"> {optional}</span>;
}

export function hasValue(values: string | string[] | undefined, code: number | string): boolean {
  const wanted = String(code);
  return Array.isArray(values) ? values.includes(wanted) : values === wanted;
}

/** The first value a field was sent with, or "". */
export function single(values: string | string[] | undefined): string {
  return Array.isArray(values) ? (values[0] ?? "") : (values ?? "");
}
