import type { ReactNode } from "react";
import { Field, FieldGroup } from "~/components/field";
import { type FormReplyView, sentValue } from "~/forms/form-reply";
import type { ExportChoice, ResolvedExportChoice } from "~/lab/export-choice";
import { EXPORT_K_MAX, EXPORT_K_MIN, EXPORT_SUPPRESSION_MAX_PERCENT } from "~/limits";

/** Each option's control id: where the error summary leads (a radio group's first option). */
export const EXPORT_FIELD_IDS: Record<keyof ExportChoice, string> = {
  version: "export-version",
  excluded: "export-excluded-include",
  synthetic: "export-synthetic-include",
  coarsen: "export-coarsen-no",
  k: "export-k",
  suppression: "export-suppression",
};

type Option = { value: string; label: ReactNode };

/** One radio question of the form, its message on the group. */
function ChoiceGroup(props: {
  name: "excluded" | "synthetic" | "coarsen";
  legend: string;
  options: Option[];
  chosen: string;
  refused: FormReplyView;
}) {
  return (
    <FieldGroup
      id={EXPORT_FIELD_IDS[props.name]}
      legend={props.legend}
      error={props.refused.fieldErrors[props.name]}
    >
      {props.options.map((option) => (
        <label key={option.value} className="export-choice">
          <input
            type="radio"
            id={`export-${props.name}-${option.value}`}
            name={props.name}
            value={option.value}
            defaultChecked={option.value === props.chosen}
          />{" "}
          {option.label}
        </label>
      ))}
    </FieldGroup>
  );
}

/** A number field of the form, showing what was sent when it was not valid. */
function NumberField(props: {
  name: "k" | "suppression";
  label: string;
  hint: string;
  min: number;
  max: number;
  step: string;
  value: number;
  refused: FormReplyView;
}) {
  const error = props.refused.fieldErrors[props.name];
  return (
    <Field id={EXPORT_FIELD_IDS[props.name]} label={props.label} hint={props.hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={props.name}
          type="number"
          inputMode="decimal"
          min={props.min}
          max={props.max}
          step={props.step}
          defaultValue={error ? sentValue(props.refused.values, props.name) : props.value}
        />
      )}
    </Field>
  );
}

const INCLUDE_OR_LEAVE_OUT = (include: ReactNode): Option[] => [
  { value: "include", label: include },
  { value: "leave-out", label: "Leave them out" },
];

type Props = {
  choice: ResolvedExportChoice;
  versions: { value: string; label: string }[];
  refused: FormReplyView;
};

/** Which responses: the instrument version (a choice only when there are several), excluded and synthetic ones. */
function WhichResponses({ choice, versions, refused }: Props) {
  return (
    <>
      {versions.length > 1 ? (
        <Field id={EXPORT_FIELD_IDS.version} label="Instrument versions" error={refused.fieldErrors.version}>
          {(control) => (
            <select {...control} name="version" defaultValue={choice.version}>
              {versions.map((version) => (
                <option key={version.value} value={version.value}>
                  {version.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <input type="hidden" name="version" value={choice.version} />
      )}
      <ChoiceGroup
        name="excluded"
        legend="Responses excluded from analysis"
        options={INCLUDE_OR_LEAVE_OUT(
          <>
            Include them, with the reasons in the <code>excluded</code> column
          </>,
        )}
        chosen={choice.excluded}
        refused={refused}
      />
      <ChoiceGroup
        name="synthetic"
        legend="Synthetic demo responses"
        options={INCLUDE_OR_LEAVE_OUT(
          <>
            Include them (flagged in the <code>is_synthetic</code> column)
          </>,
        )}
        chosen={choice.synthetic}
        refused={refused}
      />
    </>
  );
}

/** The privacy check's own options: coarsening, k and the suppression limit. */
function PrivacyOptions({ choice, refused }: Omit<Props, "versions">) {
  return (
    <>
      <ChoiceGroup
        name="coarsen"
        legend="Quasi-identifiers"
        options={[
          { value: "no", label: "As answered" },
          { value: "yes", label: "Coarsened to meet k (bands, rare categories merged, or left out)" },
        ]}
        chosen={choice.coarsen}
        refused={refused}
      />
      <NumberField
        name="k"
        label="k: the smallest class size allowed"
        hint={`A whole number from ${EXPORT_K_MIN} to ${EXPORT_K_MAX}.`}
        min={EXPORT_K_MIN}
        max={EXPORT_K_MAX}
        step="1"
        value={choice.k}
        refused={refused}
      />
      <NumberField
        name="suppression"
        label="Suppression limit (% of responses)"
        hint={`When coarsening, up to this share of the responses (0 to ${EXPORT_SUPPRESSION_MAX_PERCENT}%) may keep classes below k; their quasi-identifiers are then all left empty, the rest of their answers kept. 0 coarsens whole columns only.`}
        min={0}
        max={EXPORT_SUPPRESSION_MAX_PERCENT}
        step="0.1"
        value={choice.suppression}
        refused={refused}
      />
    </>
  );
}

/** "What to export": the options of one export, each with its message after a refusal. */
export function ExportChoices(props: Props) {
  return (
    <>
      <WhichResponses {...props} />
      <PrivacyOptions choice={props.choice} refused={props.refused} />
    </>
  );
}
