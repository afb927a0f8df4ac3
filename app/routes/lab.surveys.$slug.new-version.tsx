import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { PendingVersionReview } from "~/components/lab/pending-version-review";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { pendingVersionFormSchema } from "~/lab/pending-version-form";
import { confirmPendingVersion, discardPendingVersion, pendingReview } from "~/lab/pending-version.server";

export const meta: MetaFunction = () => [{ title: "New version — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "run-survey");
  return { slug: survey.slug, review: await pendingReview(survey.id) };
}

/** Confirm (the version goes live) or discard; a stale page (another upload since) is refused with 409. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    "run-survey",
  );
  const form = parseForm(formData, pendingVersionFormSchema);
  if (!form.ok) return formFailure(form.failure);
  if (form.value.intent === "discard") {
    await discardPendingVersion(researcherId, survey, form.value.pendingId);
    return formSuccess("The definition was discarded. Nothing changed for respondents.");
  }
  const outcome = await confirmPendingVersion(researcherId, survey, form.value);
  if (!outcome.ok) return formFailure({ formError: outcome.message }, { status: 409 });
  return formSuccess(
    `Version ${outcome.version} is live. New respondents get it; earlier responses keep their version. ${outcome.verdict}`,
  );
}

export default function NewVersion() {
  const { slug, review } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <ErrorSummary problems={summaryProblems(reply, [])} />
      {review ? (
        <PendingVersionReview slug={slug} review={review} />
      ) : (
        <p>
          No new definition is waiting for confirmation.{" "}
          <Link to={`/lab/surveys/${slug}#versions-heading`}>Upload one on the overview</Link>.
        </p>
      )}
    </>
  );
}
