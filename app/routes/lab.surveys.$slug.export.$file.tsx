import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseExportChoice } from "~/lab/export-choice";
import { exportDownload } from "~/lab/exports.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { EXPORT_FILES, type ExportFile } from "../../instrument/exports";

const isExportFile = (file: string | undefined): file is ExportFile =>
  EXPORT_FILES.some((candidate) => candidate === file);

/**
 * Downloads one export file: /lab/surveys/<slug>/export/responses.csv?version=1&excluded=include…
 *
 * GET, not a POST form: downloads are links a researcher can open or save, and the only side
 * effect is an audit entry, which is logging. The session is checked like every lab page, and a
 * request another site started (Sec-Fetch-Site: cross-site) is refused, so no other site can add
 * entries to the trail; it could never read the file anyway (no CORS).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, researcherId } = await requireLabSurvey(request, params);
  if (request.headers.get("Sec-Fetch-Site") === "cross-site")
    throw new Response("Exports cannot be started from another site.", { status: 403 });
  if (!isExportFile(params.file)) throw new Response("Not found", { status: 404 });
  return exportDownload(survey, researcherId, params.file, parseExportChoice(new URL(request.url)));
}
