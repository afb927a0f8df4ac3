import type { ReactNode } from "react";
import { FieldError } from "~/components/error-summary";

export const fieldId = (name: string) => `f-${name}`;
export const errorId = (name: string) => `${name}-error`;
export const helpId = (name: string) => `${name}-help`;

/** aria-describedby for a field: its help text and its error, when present. */
export function describedBy(name: string, help: string | null, error: string | undefined): string | undefined {
  const ids = [help ? helpId(name) : null, error ? errorId(name) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function OptionalMark({ required }: { required: boolean }) {
  return required ? null : <span className="optional"> (optional)</span>;
}

export function Help({ name, text }: { name: string; text: string | null }) {
  return text ? (
    <p id={helpId(name)} className="field-help">
      {text}
    </p>
  ) : null;
}

/** A question answered by picking among options: one fieldset, its legend the question. */
export function ChoiceGroup(props: {
  name: string;
  legend: ReactNode;
  help: string | null;
  error: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`field ${props.className ?? ""} ${props.error ? "field--error" : ""}`}
      aria-describedby={describedBy(props.name, props.help, props.error)}
    >
      <legend className="field-label">{props.legend}</legend>
      <Help name={props.name} text={props.help} />
      <FieldError id={errorId(props.name)} message={props.error} />
      {props.children}
    </fieldset>
  );
}

export function hasValue(values: string | string[] | undefined, code: number | string): boolean {
  const wanted = String(code);
  return Array.isArray(values) ? values.includes(wanted) : values === wanted;
}
