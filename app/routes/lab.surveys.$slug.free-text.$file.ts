import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { freeTextDownload } from "~/lab/free-text-counts.server";
import { FREE_TEXT_FILES, type FreeTextFile } from "~/lab/free-text-forms";

const isFreeTextFile = (file: string | undefined): file is FreeTextFile =>
  FREE_TEXT_FILES.some((candidate) => candidate === file);

/** The free-text page's downloads (counts per code; the codes of each answer): a POST with the CSRF token (decision 014). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, survey } = await requireSurveyActionPermission(request, params, "read-responses");
  if (!isFreeTextFile(params.file)) throw new Response("Not found", { status: 404 });
  return freeTextDownload(survey, researcherId, params.file);
}

/** A GET never exports (decision 014). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurveyPermission(request, params, "read-responses");
  throw new Response("The free-text files are downloaded with the buttons on the survey's Free text tab.", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
  });
}
