import { membershipAllows, permissionNeededSentence } from "~/auth/survey-roles";
import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DefinitionProblems } from "~/components/definition-problems";
import { ErrorSummary } from "~/components/error-summary";
import { InvitationCodesSection } from "~/components/lab/invitation-codes-section";
import { LanguagesSection } from "~/components/lab/languages-section";
import { ShareSection, StatusSection, VersionsSection } from "~/components/lab/survey-overview-sections";
import { sentValue, summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { invitationCodeCounts } from "~/invitations/lab-invitations.server";
import { surveyLanguages } from "~/lab/language-completeness.server";
import { surveyShareUrl } from "~/lab/share-link.server";
import { listSurveyVersions } from "~/lab/survey-admin.server";
import { decideOverview, overviewFormSchema } from "~/lab/survey-overview.server";

export const meta: MetaFunction = () => [{ title: "Survey overview — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey, membership } = await requireSurveyPermission(request, params, "view");
  const [versions, invitationCounts, languages] = await Promise.all([
    listSurveyVersions(survey.id),
    invitationCodeCounts(survey.id),
    surveyLanguages(survey.id),
  ]);
  const canRunSurvey = membershipAllows(membership, "run-survey");
  const shareUrl = surveyShareUrl(request, survey.slug);
  return { survey, shareUrl, versions, invitationCounts, languages, canRunSurvey };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    "run-survey",
  );
  const form = parseForm(formData, overviewFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const outcome = await decideOverview(researcherId, survey, form.value, formData);
  if (!outcome.ok) return formFailure({ fieldErrors: outcome.fieldErrors, values: form.values });
  if ("redirectTo" in outcome) throw redirect(outcome.redirectTo, 303);
  return formSuccess(outcome.notice, { issuedCodes: outcome.issuedCodes });
}

/** The reply's messages about the uploaded definition, and the others (the number of codes, an unknown button). */
function splitProblems(fieldErrors: Record<string, string>) {
  const entries = Object.entries(fieldErrors);
  const isDefinition = ([name]: [string, string]) => name === "definition" || name.startsWith("definition.");
  return {
    definition: Object.fromEntries(entries.filter(isDefinition)),
    other: Object.fromEntries(entries.filter((entry) => !isDefinition(entry))),
  };
}

export default function SurveyOverview() {
  const { survey, shareUrl, versions, invitationCounts, languages, canRunSurvey } =
    useLoaderData<typeof loader>();
  const reply = useFormReply<{ issuedCodes: string[] | null }>();
  const problems = splitProblems(reply.fieldErrors);
  return (
    <>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <ErrorSummary
        problems={summaryProblems({ fieldErrors: problems.other, formError: reply.formError }, [
          { name: "count", id: "invitation-count" },
        ])}
      />
      <DefinitionProblems fieldErrors={problems.definition} />
      <StatusSection status={survey.status} canChange={canRunSurvey} />
      <ShareSection slug={survey.slug} shareUrl={shareUrl} />
      {canRunSurvey ? null : <p>{permissionNeededSentence("run-survey")}</p>}
      {canRunSurvey ? (
        <InvitationCodesSection
          slug={survey.slug}
          required={survey.requiresInvitation}
          counts={invitationCounts}
          issued={reply.result?.issuedCodes ?? null}
          countError={reply.fieldErrors.count}
          typedCount={sentValue(reply.values, "count")}
        />
      ) : null}
      {languages.length > 0 ? <LanguagesSection languages={languages} /> : null}
      {canRunSurvey ? (
        <VersionsSection versions={versions} pasted={sentValue(reply.values, "definitionText")} />
      ) : null}
    </>
  );
}
