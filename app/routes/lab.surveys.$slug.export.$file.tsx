import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import { exportFilePermission } from "~/lab/survey-route-permissions";
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { parseForm } from "~/forms/parse-form";
import { exportDownloadFormSchema, exportTabPath, readExportChoice, typedQuery } from "~/lab/export-choice";
import { exportDownload } from "~/lab/exports.server";
import { EXPORT_FILES, type ExportFile, type LanguageFile, parseLanguageFile } from "../../exports";

/** A fixed export file, or a language's label file (whether the version offers the language is checked later). */
const isExportFile = (file: string | undefined): file is ExportFile | LanguageFile =>
  EXPORT_FILES.some((candidate) => candidate === file) || parseLanguageFile(file) !== null;

/**
 * Downloads one export file: a POST from the export form's button for that file, carrying the
 * form's options and CSRF token (docs/decisions/014-exports-by-post.md). Options that are not
 * valid go back to the tab, which shows their messages; nothing is exported or recorded.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    exportFilePermission(params.file),
  );
  if (!isExportFile(params.file)) throw new Response("Not found", { status: 404 });
  const read = readExportChoice(formData);
  if (!read.ok) throw redirect(exportTabPath(survey.slug, typedQuery(read.values)), 303);
  // A download has no page of its own to show a message on: what the form cannot be is a plain 400.
  const form = parseForm(formData, exportDownloadFormSchema);
  if (!form.ok) throw new Response("The form could not be read.", { status: 400 });
  return exportDownload(survey, researcherId, params.file, read.choice, form.value.checked);
}

/**
 * A GET never exports: an address that is only followed (a link, an image in a page, a prefetch)
 * must not put an entry in anyone's audit trail. Old download links land here.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurveyPermission(request, params, exportFilePermission(params.file));
  throw new Response("Export files are downloaded with the buttons on the survey's Export tab.", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
  });
}
