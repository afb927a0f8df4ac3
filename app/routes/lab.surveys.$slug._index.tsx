import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { CsrfInput } from "~/components/csrf-input";
import { DefinitionFields } from "~/components/definition-fields";
import { DefinitionProblems } from "~/components/definition-problems";
import { ErrorSummary } from "~/components/error-summary";
import { InvitationCodesSection } from "~/components/lab/invitation-codes-section";
import { ScrollableTable } from "~/components/scrollable-table";
import { sentValue, summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { invitationCodeCounts } from "~/lab/invitation-admin.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { surveyShareUrl } from "~/lab/share-link.server";
import { listSurveyVersions } from "~/lab/survey-admin.server";
import { decideOverview, overviewFormSchema } from "~/lab/survey-overview.server";

export const meta: MetaFunction = () => [{ title: "Survey overview — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const [versions, invitationCounts] = await Promise.all([
    listSurveyVersions(survey.id),
    invitationCodeCounts(survey.id),
  ]);
  return { survey, shareUrl: surveyShareUrl(request, survey.slug), versions, invitationCounts };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const form = parseForm(formData, overviewFormSchema);
  if (!form.ok) return formFailure(form.failure);
  const outcome = await decideOverview(researcherId, survey, form.value, formData);
  if (!outcome.ok) return formFailure({ fieldErrors: outcome.fieldErrors, values: form.values });
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
  const { survey, shareUrl, versions, invitationCounts } = useLoaderData<typeof loader>();
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
        problems={summaryProblems({ fieldErrors: problems.other, formError: reply.formError }, [{ name: "count", id: "invitation-count" }])}
      />
      <DefinitionProblems fieldErrors={problems.definition} />
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <p>
          {survey.status === "open"
            ? "Open: respondents can answer."
            : survey.status === "closed"
              ? "Closed: the survey link says it has closed."
              : "Draft: the survey link says it is not open yet."}
        </p>
        <Form method="post">
          <CsrfInput />
          {survey.status === "open" ? (
            <button type="submit" name="intent" value="close" className="secondary">
              Close the survey
            </button>
          ) : (
            <button type="submit" name="intent" value="open">
              Open the survey
            </button>
          )}
        </Form>
      </section>

      <section aria-labelledby="share-heading">
        <h2 id="share-heading">Share</h2>
        <p>
          Survey link: <a href={shareUrl}>{shareUrl}</a>
        </p>
        <img
          src={`/lab/surveys/${survey.slug}/qr.svg`}
          alt={`QR code for ${shareUrl}`}
          width={180}
          height={180}
          className="qr-code"
        />
        <p>
          <a href={`/lab/surveys/${survey.slug}/qr.svg`} download={`${survey.slug}-qr.svg`}>
            Download the QR code (SVG)
          </a>{" "}
          · <Link to={`/lab/surveys/${survey.slug}/preview`}>Preview the survey as respondents see it</Link>
        </p>
      </section>

      <InvitationCodesSection
        slug={survey.slug}
        required={survey.requiresInvitation}
        counts={invitationCounts}
        issued={reply.result?.issuedCodes ?? null}
        countError={reply.fieldErrors.count}
        typedCount={sentValue(reply.values, "count")}
      />

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Instrument versions</h2>
        <p>A version that has responses never changes. A new definition becomes a new version.</p>
        <ScrollableTable id="versions-caption" caption={<>Versions, newest first</>}>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Content hash</th>
              <th scope="col">Added (UTC)</th>
              <th scope="col">Responses</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{version.version}</th>
                <td>
                  <code>{version.contentHash.slice(0, 12)}</code>
                </td>
                <td>{new Date(version.createdAt).toISOString().slice(0, 10)}</td>
                <td>{version.responses.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
        <h3>Add a new version</h3>
        <Form method="post" encType="multipart/form-data" className="form-stack">
          <CsrfInput />
          <DefinitionFields pasted={sentValue(reply.values, "definitionText")} />
          <button type="submit" name="intent" value="new-version">
            Check and add the version
          </button>
        </Form>
      </section>
    </>
  );
}
