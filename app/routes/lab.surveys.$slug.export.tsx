import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ErrorSummary, FieldError } from "~/components/error-summary";
import { KAnonymityReport } from "~/components/lab/k-anonymity-report";
import {
  EXPORT_K_MAX,
  EXPORT_K_MIN,
  EXPORT_SUPPRESSION_MAX_PERCENT,
  type ExportChoiceErrors,
  exportQuery,
  readExportChoice,
  type TypedExportChoice,
} from "~/lab/export-choice";
import { exportReport, loadExportData } from "~/lab/exports.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import exportStylesUrl from "~/styles/lab-export.css?url";
import type { ReactNode } from "react";
import { EXPORT_FILE_INFO, EXPORT_FILES } from "../../instrument/exports";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: exportStylesUrl }];

export const meta: MetaFunction = () => [{ title: "Export — Negative Space lab" }];

/** Options that are not valid answer 400 with a message per field, the form, and no report or downloads. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const read = readExportChoice(new URL(request.url));
  const errors: ExportChoiceErrors = read.ok ? {} : read.errors;
  const typed: TypedExportChoice = read.ok ? {} : read.typed;
  const rows = await loadExportData(survey, read.ok ? read.choice : read.fallback);
  const query = rows ? exportQuery(rows.choice) : "";
  const body = {
    slug: survey.slug,
    errors,
    typed,
    data: rows && {
      choice: rows.choice,
      versions: rows.versions,
      counts: rows.counts,
      exported: rows.responses.length,
      report: read.ok ? exportReport(rows) : null,
      files: read.ok
        ? EXPORT_FILES.map((file) => ({
            file,
            title: EXPORT_FILE_INFO[file].title,
            href: `/lab/surveys/${survey.slug}/export/${file}?${query}`,
          }))
        : [],
    },
  };
  return read.ok ? body : data(body, { status: 400 });
}

const FIELD_IDS: Record<keyof ExportChoiceErrors, string> = {
  version: "export-version",
  excluded: "export-excluded-include",
  synthetic: "export-synthetic-include",
  coarsen: "export-coarsen-no",
  k: "export-k",
  suppression: "export-suppression",
};

function Choice({
  name,
  value,
  checked,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <label className="export-choice">
      <input type="radio" id={`export-${name}-${value}`} name={name} value={value} defaultChecked={checked} />{" "}
      {children}
    </label>
  );
}

/** A number field of the form, showing what was typed when it was not valid. */
function NumberField(props: {
  name: "k" | "suppression";
  label: string;
  hint: string;
  min: number;
  max: number;
  step: string;
  value: number;
  typed: string | undefined;
  error: string | undefined;
}) {
  const id = FIELD_IDS[props.name];
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {props.hint}
      </p>
      <FieldError id={`${id}-error`} message={props.error} />
      <input
        id={id}
        name={props.name}
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={props.step}
        defaultValue={props.error ? props.typed : props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ""}`}
      />
    </div>
  );
}

export default function SurveyExport() {
  const { slug, data, errors, typed } = useLoaderData<typeof loader>();
  if (!data)
    return (
      <>
        <h2>Export</h2>
        <p>This survey has no instrument version yet, so there is nothing to export.</p>
      </>
    );
  const { choice, counts, report } = data;
  const coarsen = choice.coarsen === "yes";
  return (
    <>
      <h2>Export</h2>
      <p>
        Version {choice.version}: <strong>{counts.all.toLocaleString("en")}</strong> responses (
        {counts.excluded.toLocaleString("en")} excluded from analysis, {counts.synthetic.toLocaleString("en")}{" "}
        synthetic). This export holds <strong>{data.exported.toLocaleString("en")}</strong>.
      </p>

      <ErrorSummary
        problems={Object.entries(errors).map(([field, message]) => ({
          message,
          fieldId: FIELD_IDS[field as keyof ExportChoiceErrors],
        }))}
      />
      {report ? (
        <KAnonymityReport report={report} coarsen={coarsen} />
      ) : (
        <p>Correct the options below to see the privacy check and the downloads.</p>
      )}

      <section aria-labelledby="choices-heading">
        <h3 id="choices-heading">What to export</h3>
        <Form method="get" action={`/lab/surveys/${slug}/export`} className="form-stack" noValidate>
          {data.versions.length > 1 ? (
            <div className="field">
              <label htmlFor="export-version">Instrument version</label>
              <select id="export-version" name="version" defaultValue={choice.version}>
                {data.versions.map((version) => (
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
            typed={typed.k}
            error={errors.k}
          />
          <NumberField
            name="suppression"
            label="Suppression limit (% of responses)"
            hint={`When coarsening, up to this share of the responses (0 to ${EXPORT_SUPPRESSION_MAX_PERCENT}%) may keep classes below k; their quasi-identifiers are then all left empty, the rest of their answers kept. 0 coarsens whole columns only.`}
            min={0}
            max={EXPORT_SUPPRESSION_MAX_PERCENT}
            step="0.1"
            value={choice.suppression}
            typed={typed.suppression}
            error={errors.suppression}
          />
          <div>
            <button type="submit">Update the privacy check</button>
          </div>
        </Form>
      </section>

      {data.files.length === 0 ? null : (
        <section aria-labelledby="files-heading">
          <h3 id="files-heading">Download</h3>
          <p>
            Every file describes the same {data.exported.toLocaleString("en")} responses
            {coarsen && report && !report.meetsK ? ", coarsened as above" : ""}. Each download is recorded in
            the audit trail.
          </p>
          <ul>
            {data.files.map((file) => (
              <li key={file.file}>
                <a href={file.href} download>
                  {file.file}
                </a>{" "}
                — {file.title}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
