import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLabAction } from "~/auth/lab-action.server";
import { requireResearcherId } from "~/auth/session.server";
import { freeTextDownload } from "~/lab/free-text-counts.server";
import { FREE_TEXT_FILES, type FreeTextFile } from "~/lab/free-text-forms";
import { requireLabSurvey } from "~/lab/lab-surveys.server";

const isFreeTextFile = (file: string | undefined): file is FreeTextFile =>
  FREE_TEXT_FILES.some((candidate) => candidate === file);

/** The free-text page's downloads (counts per code; the codes of each answer): a POST with the CSRF token (decision 014). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  if (!isFreeTextFile(params.file)) throw new Response("Not found", { status: 404 });
  return freeTextDownload(survey, researcherId, params.file);
}

/** A GET never exports (decision 014). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireResearcherId(request);
  throw new Response("The free-text files are downloaded with the buttons on the survey's Free text tab.", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
  });
}
