import { Form, useSubmit } from "@remix-run/react";
import { type ReactNode, useEffect, useRef } from "react";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import { type FormReplyView, sentValue } from "~/forms/form-reply";
import { EXPORT_CHOICE_KEYS, type ExportChoice, type ResolvedExportChoice } from "~/lab/export-choice";
import { EXPORT_K_MAX, EXPORT_K_MIN, EXPORT_SUPPRESSION_MAX_PERCENT } from "~/limits";

export const EXPORT_FIELD_IDS: Record<keyof ExportChoice, string> = {
  version: "export-version",
  excluded: "export-excluded-include",
  synthetic: "export-synthetic-include",
  coarsen: "export-coarsen-no",
  k: "export-k",
  suppression: "export-suppression",
};

function Choice(props: { name: string; value: string; checked: boolean; children: ReactNode }) {
  return (
    <label className="export-choice">
      <input
        type="radio"
        id={`export-${props.name}-${props.value}`}
        name={props.name}
        value={props.value}
        defaultChecked={props.checked}
      />{" "}
      {props.children}
    </label>
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

/**
 * With JavaScript, the privacy check follows the form: each change of a valid form reloads the tab
 * for those options (a GET of the page, which changes nothing), so the report, the counts and the
 * `checked` field always describe what the download buttons would send.
 */
function useCheckFollowsForm(slug: string) {
  const form = useRef<HTMLFormElement>(null);
  const submit = useSubmit();
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const follow = () => {
      if (!element.checkValidity()) return; // the server's messages come with "Update the privacy check"
      const fields = new FormData(element);
      const query = new URLSearchParams();
      for (const key of EXPORT_CHOICE_KEYS) {
        const value = fields.get(key);
        if (typeof value === "string" && value !== "") query.set(key, value);
      }
      void submit(query, { method: "get", action: `/lab/surveys/${slug}/export`, replace: true, preventScrollReset: true });
    };
    element.addEventListener("change", follow);
    return () => element.removeEventListener("change", follow);
  }, [slug, submit]);
  return form;
}

export type ExportFormProps = {
  slug: string;
  choice: ResolvedExportChoice;
  versions: number[];
  /** The options' messages and the values as sent, when they were not valid. */
  refused: FormReplyView;
  /** The options of the privacy check on screen (a query string); null when they are not valid. */
  checked: string | null;
  files: { file: string; title: string }[];
  /** What the download section says about the files. */
  filesNote: string;
};

/**
 * The export options and the downloads in one form posted with the lab's CSRF token, without
 * JavaScript too: "Update the privacy check" (first, so Enter presses it) shows the check for the
 * options; each file's button posts the same options to that file's address and gets the file.
 */
export function ExportForm({ slug, choice, versions, refused, checked, files, filesNote }: ExportFormProps) {
  const form = useCheckFollowsForm(slug);
  const coarsen = choice.coarsen === "yes";
  return (
    <Form ref={form} method="post" action={`/lab/surveys/${slug}/export`} reloadDocument noValidate>
      <CsrfInput />
      <section aria-labelledby="choices-heading" className="form-stack">
        <h3 id="choices-heading">What to export</h3>
        {versions.length > 1 ? (
          <div className="field">
            <label htmlFor="export-version">Instrument version</label>
            <select id="export-version" name="version" defaultValue={choice.version}>
              {versions.map((version) => (
                <option key={version} value={version}>
                  Version {version}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="version" value={choice.version} />
        )}
        <fieldset>
          <legend>Responses excluded from analysis</legend>
          <Choice name="excluded" value="include" checked={choice.excluded === "include"}>
            Include them, with the reasons in the <code>excluded</code> column
          </Choice>
          <Choice name="excluded" value="leave-out" checked={choice.excluded === "leave-out"}>
            Leave them out
          </Choice>
        </fieldset>
        <fieldset>
          <legend>Synthetic demo responses</legend>
          <Choice name="synthetic" value="include" checked={choice.synthetic === "include"}>
            Include them (flagged in the <code>is_synthetic</code> column)
          </Choice>
          <Choice name="synthetic" value="leave-out" checked={choice.synthetic === "leave-out"}>
            Leave them out
          </Choice>
        </fieldset>
        <fieldset>
          <legend>Quasi-identifiers</legend>
          <Choice name="coarsen" value="no" checked={!coarsen}>
            As answered
          </Choice>
          <Choice name="coarsen" value="yes" checked={coarsen}>
            Coarsened to meet k (bands, rare categories merged, or left out)
          </Choice>
        </fieldset>
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
        <div>
          <button type="submit">Update the privacy check</button>
        </div>
      </section>

      {checked === null ? null : (
        <section aria-labelledby="files-heading">
          <input type="hidden" name="checked" value={checked} />
          <h3 id="files-heading">Download</h3>
          <p>{filesNote}</p>
          <ul className="export-files">
            {files.map((file) => (
              <li key={file.file}>
                <button type="submit" className="secondary" formAction={`/lab/surveys/${slug}/export/${file.file}`}>
                  {file.file}
                </button>{" "}
                — {file.title}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Form>
  );
}
