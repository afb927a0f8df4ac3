import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireLabAction } from "~/auth/lab-action.server";
import { requireLabSession } from "~/auth/session.server";
import { findMembership } from "~/auth/survey-access.server";
import { membershipAllows } from "~/auth/survey-roles";
import { parseForm } from "~/forms/parse-form";
import { isLinkedDataFile, linkedDataDownload, type WaveRights } from "~/studies/linked-data-download.server";
import { findVisibleStudy } from "~/studies/studies.server";
import { linkWavesFormSchema, studyParamsSchema } from "~/studies/study-forms";

const plain = (message: string, status: number, headers: Record<string, string> = {}) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

/**
 * Downloads the linked data of two waves (linked.csv) or its codebook: a POST of the linkage page's form, with
 * its waves and threshold and the CSRF token (decisions 014 and 061). What the page would refuse is refused here
 * as plain text with its message (4xx); nothing is recorded then.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, isAdmin, formData } = await requireLabAction(request);
  const slug = studyParamsSchema.safeParse(params);
  const study = slug.success ? await findVisibleStudy({ researcherId, isAdmin }, slug.data.slug) : null;
  if (!study || !isLinkedDataFile(params.file)) throw plain("Not found", 404);
  const form = parseForm(formData, linkWavesFormSchema);
  if (!form.ok) {
    const { fieldErrors, formError } = form.failure;
    throw plain(Object.values(fieldErrors)[0] ?? formError ?? "The form could not be read.", 400);
  }
  const rights: WaveRights = async (surveyId, right) => {
    const membership = await findMembership(surveyId, researcherId);
    return membership !== null && membershipAllows(membership, right);
  };
  return linkedDataDownload(researcherId, study, params.file, form.value, rights);
}

/** A GET never exports (decision 014): following an address must not put an entry in an audit trail. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireLabSession(request);
  throw plain("Linked data are downloaded with the button on the study's linkage page.", 405, {
    Allow: "POST",
  });
}
