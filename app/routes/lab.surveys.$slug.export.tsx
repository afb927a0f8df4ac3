import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import {
  type ActionFunctionArgs,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { EXPORT_FIELD_IDS } from "~/components/lab/export-choices";
import { ExportForm } from "~/components/lab/export-form";
import { KAnonymityReport } from "~/components/lab/k-anonymity-report";
import { readFormReply, summaryProblems } from "~/forms/form-reply";
import {
  EXPORT_CHOICE_KEYS,
  exportNoticeSchema,
  exportQuery,
  exportTabPath,
  readExportChoice,
  typedQuery,
} from "~/lab/export-choice";
import { exportReport, loadExportData } from "~/lab/exports.server";
import exportStylesUrl from "~/styles/lab-export.css?url";
import { EXPORT_FILE_INFO, EXPORT_FILES, languageFiles } from "../../exports";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: exportStylesUrl }];

export const meta: MetaFunction = () => [{ title: "Export — Negative Space lab" }];

/**
 * Options that are not valid answer 400 with a message per field, the form, and no report or
 * downloads. Reading the tab changes nothing; downloads are posted (the $file route).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "analyse");
  const url = new URL(request.url);
  const read = readExportChoice(url.searchParams);
  const notice = exportNoticeSchema.parse(url.searchParams.get("notice") ?? undefined);
  const rows = await loadExportData(survey, read.ok ? read.choice : read.fallback);
  const body = {
    slug: survey.slug,
    query: read.ok ? null : read.failure,
    notice,
    data: rows && {
      choice: rows.choice,
      versions: rows.versions.map(({ value, label }) => ({ value, label })),
      versionLabel: rows.versionLabel,
      counts: rows.counts,
      exported: rows.responses.length,
      report: read.ok ? exportReport(rows) : null,
      checked: read.ok ? exportQuery(rows.choice) : null,
      files: read.ok
        ? [
            ...EXPORT_FILES.map((file) => ({ file: file as string, title: EXPORT_FILE_INFO[file].title })),
            ...languageFiles(rows.definition),
          ]
        : [],
    },
  };
  return read.ok ? body : data(body, { status: 400 });
}

/** "Update the privacy check": the tab for the options as typed (their messages, if not valid). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { formData, survey } = await requireSurveyActionPermission(request, params, "analyse");
  throw redirect(exportTabPath(survey.slug, typedQuery(readExportChoice(formData).values)), 303);
}

/** A download whose options differed from the check on screen was not made; the tab says why. */
const NOTICES = {
  "options-changed":
    "Nothing was downloaded: the options in the form had changed since the privacy check was made. Below is the check for the options you chose; download again if they are what you want.",
} as const;

export default function SurveyExport() {
  const { slug, data, query, notice } = useLoaderData<typeof loader>();
  if (!data)
    return (
      <>
        <h2>Export</h2>
        <p>This survey has no instrument version yet, so there is nothing to export.</p>
      </>
    );
  const { choice, counts, report } = data;
  const refused = readFormReply(query);
  const coarsen = choice.coarsen === "yes";
  return (
    <>
      <h2>Export</h2>
      {notice ? <p className="notice notice--placeholder">{NOTICES[notice]}</p> : null}
      <p>
        {data.versionLabel}: <strong>{counts.all.toLocaleString("en")}</strong> responses (
        {counts.excluded.toLocaleString("en")} excluded from analysis, {counts.synthetic.toLocaleString("en")}{" "}
        synthetic). This export holds <strong>{data.exported.toLocaleString("en")}</strong>.
      </p>

      <ErrorSummary
        problems={summaryProblems(
          refused,
          EXPORT_CHOICE_KEYS.map((name) => ({ name, id: EXPORT_FIELD_IDS[name] })),
        )}
      />
      {report ? (
        <KAnonymityReport report={report} coarsen={coarsen} />
      ) : (
        <p>Correct the options below to see the privacy check and the downloads.</p>
      )}

      <ExportForm
        slug={slug}
        choice={choice}
        versions={data.versions}
        refused={refused}
        checked={data.checked}
        files={data.files}
        filesNote={`Every file describes the same ${data.exported.toLocaleString("en")} responses${
          coarsen && report && !report.meetsK ? ", coarsened as above" : ""
        }. Each download is recorded in the audit trail.`}
      />
    </>
  );
}
