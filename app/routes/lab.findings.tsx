import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { requireLabSession } from "~/auth/session.server";
import { surveyPermissionRefusal } from "~/auth/survey-access.server";
import { LabFindingCard } from "~/components/lab/lab-finding-card";
import { findingStatusFormSchema } from "~/findings/finding-status-forms";
import { supersedeFinding, withdrawFinding } from "~/findings/finding-status.server";
import { findingSurveyId, listLabFindings } from "~/findings/lab-findings.server";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";

export const meta: MetaFunction = () => [{ title: "Findings — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { researcherId } = await requireLabSession(request);
  return { findings: await listLabFindings(researcherId) };
}

/** Withdraw (with a reason) or supersede one finding; both are audited. */
export async function action({ request }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const form = parseForm(formData, findingStatusFormSchema);
  if (!form.ok) return formFailure(form.failure);
  // Withdrawing or superseding needs the publish right on the survey that claimed the finding.
  const surveyId = await findingSurveyId(form.value.slug);
  const refusal = surveyId && (await surveyPermissionRefusal(researcherId, surveyId, "publish"));
  if (refusal) {
    const field = form.value.intent === "withdraw" ? "reason" : "bySlug";
    return formFailure({ fieldErrors: { [field]: refusal }, values: form.values }, { status: 403 });
  }
  const outcome =
    form.value.intent === "withdraw"
      ? await withdrawFinding(researcherId, form.value.slug, form.value.reason)
      : await supersedeFinding(researcherId, form.value.slug, form.value.bySlug);
  if (!outcome.ok)
    return formFailure({ fieldErrors: { [outcome.field]: outcome.message }, values: form.values });
  return formSuccess(outcome.notice);
}

export default function LabFindings() {
  const { findings } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  const successors = findings.filter((finding) => !finding.status.withdrawn && !finding.status.supersededBy);
  return (
    <>
      <h1>Findings</h1>
      <p>
        Every published finding, its versions and where it stands. Publish new versions from a survey&apos;s
        Analysis tab. Versions never change: withdrawing keeps each version&apos;s citation on a page that
        says why, and superseding points readers to the finding that replaces it.
      </p>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      {findings.length === 0 ? (
        <p>No finding has been published yet.</p>
      ) : (
        <ul className="card-list">
          {findings.map((finding) => (
            <LabFindingCard
              key={finding.slug}
              finding={finding}
              successors={successors.filter((candidate) => candidate.slug !== finding.slug)}
              reply={reply.failed && reply.values.slug === finding.slug ? reply : null}
            />
          ))}
        </ul>
      )}
    </>
  );
}
