import type { ReactNode } from "react";
import { FieldError } from "~/components/error-summary";

/** The ids a field's texts carry, derived from its control's id, so aria-describedby can point at them. */
export const hintId = (id: string) => `${id}-hint`;
export const formatId = (id: string) => `${id}-format`;
export const errorId = (id: string) => `${id}-error`;

/** What a field's control needs to be announced with its hint and its error. */
export type FieldControl = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

type Texts = { hint?: ReactNode; format?: ReactNode; error?: string };

/** aria-describedby for a control: its hint, its error and its format note, those it has. */
export function describedBy(id: string, { hint, format, error }: Texts): string | undefined {
  const ids = [hint ? hintId(id) : null, error ? errorId(id) : null, format ? formatId(id) : null].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(" ") : undefined;
}

const fieldClass = (className: string | undefined, error: string | undefined) =>
  ["field", className, error ? "field--error" : null].filter(Boolean).join(" ");

function FieldTexts({ id, hint, format, error }: Texts & { id: string }) {
  return (
    <>
      {hint ? (
        <p id={hintId(id)} className="field-help">
          {hint}
        </p>
      ) : null}
      {format ? (
        <p id={formatId(id)} className="field-hint">
          {format}
        </p>
      ) : null}
      <FieldError id={errorId(id)} message={error} />
    </>
  );
}

/**
 * One labelled control of any form, survey or lab: the label, a hint, a format note (e.g. the
 * range of a number), the error message, then the control, which gets its id, aria-invalid and
 * aria-describedby from `children`. `after` is shown below the control.
 */
export function Field(
  props: Texts & {
    id: string;
    label: ReactNode;
    className?: string;
    after?: ReactNode;
    children: (control: FieldControl) => ReactNode;
  },
) {
  const { id, error } = props;
  const control: FieldControl = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, props),
  };
  return (
    <div className={fieldClass(props.className, error)}>
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <FieldTexts id={id} hint={props.hint} format={props.format} error={error} />
      {props.children(control)}
      {props.after}
    </div>
  );
}

/**
 * A question answered by picking among options: one fieldset, its legend the question. `id` is the
 * first option's id, where the error summary leads; the hint and error hang off the fieldset.
 */
export function FieldGroup(
  props: Texts & { id: string; legend: ReactNode; className?: string; children: ReactNode },
) {
  const { id, error } = props;
  return (
    <fieldset className={fieldClass(props.className, error)} aria-describedby={describedBy(id, props)}>
      <legend className="field-label">{props.legend}</legend>
      <FieldTexts id={id} hint={props.hint} format={props.format} error={error} />
      {props.children}
    </fieldset>
  );
}
