import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { KAnonymityReport } from "~/components/lab/k-anonymity-report";
import { EXPORT_K_MAX, EXPORT_K_MIN, exportQuery, parseExportChoice } from "~/lab/export-choice";
import { exportReport, loadExportData } from "~/lab/exports.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import exportStylesUrl from "~/styles/lab-export.css?url";
import type { ReactNode } from "react";
import { EXPORT_FILE_INFO, EXPORT_FILES } from "../../instrument/exports";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: exportStylesUrl }];

export const meta: MetaFunction = () => [{ title: "Export — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const data = await loadExportData(survey, parseExportChoice(new URL(request.url)));
  if (!data) return { slug: survey.slug, data: null };
  const query = exportQuery(data.choice);
  return {
    slug: survey.slug,
    data: {
      choice: data.choice,
      versions: data.versions,
      counts: data.counts,
      exported: data.responses.length,
      report: exportReport(data),
      files: EXPORT_FILES.map((file) => ({
        file,
        title: EXPORT_FILE_INFO[file].title,
        href: `/lab/surveys/${survey.slug}/export/${file}?${query}`,
      })),
    },
  };
}

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
      <input type="radio" name={name} value={value} defaultChecked={checked} /> {children}
    </label>
  );
}

export default function SurveyExport() {
  const { slug, data } = useLoaderData<typeof loader>();
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

      <KAnonymityReport report={report} coarsen={coarsen} />

      <section aria-labelledby="choices-heading">
        <h3 id="choices-heading">What to export</h3>
        <Form method="get" action={`/lab/surveys/${slug}/export`} className="form-stack">
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
          <div className="field">
            <label htmlFor="export-k">k: the smallest class size allowed</label>
            <input
              id="export-k"
              name="k"
              type="number"
              inputMode="numeric"
              min={EXPORT_K_MIN}
              max={EXPORT_K_MAX}
              defaultValue={choice.k}
            />
          </div>
          <div>
            <button type="submit">Update the privacy check</button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="files-heading">
        <h3 id="files-heading">Download</h3>
        <p>
          Every file describes the same {data.exported.toLocaleString("en")} responses
          {coarsen && !report.meetsK ? ", coarsened as above" : ""}. Each download is recorded in the audit
          trail.
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
    </>
  );
}
