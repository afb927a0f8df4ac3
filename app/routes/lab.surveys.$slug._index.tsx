import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireLabAction } from "~/auth/lab-action.server";
import { CsrfInput } from "~/components/csrf-input";
import { DefinitionFields } from "~/components/definition-fields";
import { DefinitionProblems } from "~/components/definition-problems";
import { InvitationCodesSection } from "~/components/lab/invitation-codes-section";
import { readDefinitionUpload } from "~/lab/definition-upload.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { surveyShareUrl } from "~/lab/share-link.server";
import {
  invitationCodeCounts,
  issueInvitationCodes,
  setInvitationRequirement,
} from "~/lab/invitation-admin.server";
import {
  addSurveyVersion,
  type DefinitionProblem,
  listSurveyVersions,
  setSurveyStatus,
} from "~/lab/survey-admin.server";
import { MAX_CODES_PER_BATCH } from "~/security/invitation-code-field";
import { ScrollableTable } from "~/components/scrollable-table";

export const meta: MetaFunction = () => [{ title: "Survey overview — Negative Space lab" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const [versions, invitationCounts] = await Promise.all([
    listSurveyVersions(survey.id),
    invitationCodeCounts(survey.id),
  ]);
  return { survey, shareUrl: surveyShareUrl(request, survey.slug), versions, invitationCounts };
}

const intentSchema = z.enum([
  "open",
  "close",
  "new-version",
  "invitations-required",
  "invitations-not-required",
  "generate-codes",
]);

const COUNT_MESSAGE = `Enter a whole number from 1 to ${MAX_CODES_PER_BATCH.toLocaleString("en")}.`;
const codeCountSchema = z
  .string(COUNT_MESSAGE)
  .trim()
  .regex(/^\d{1,6}$/, COUNT_MESSAGE)
  .transform(Number)
  .pipe(z.number().min(1, COUNT_MESSAGE).max(MAX_CODES_PER_BATCH, COUNT_MESSAGE));

type Reply = {
  problems: DefinitionProblem[];
  notice: string | null;
  issuedCodes: string[] | null;
  countError: string | null;
};
const reply = (fields: Partial<Reply>, status = 200) =>
  data<Reply>({ problems: [], notice: null, issuedCodes: null, countError: null, ...fields }, { status });

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const intent = intentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return reply({ problems: [{ path: "intent", message: "Unknown action." }] }, 400);
  switch (intent.data) {
    case "new-version": {
      const upload = await readDefinitionUpload(formData);
      if ("error" in upload) return reply({ problems: [{ path: "definition", message: upload.error }] }, 400);
      const outcome = await addSurveyVersion(researcherId, survey.id, survey.slug, upload.text);
      if (!outcome.ok) return reply({ problems: outcome.problems }, 400);
      const notice = outcome.unchanged
        ? `The definition is identical to version ${outcome.version}; nothing changed.`
        : `Version ${outcome.version} added. New respondents get it; earlier responses keep their version.`;
      return reply({ notice });
    }
    case "invitations-required":
    case "invitations-not-required": {
      const required = intent.data === "invitations-required";
      await setInvitationRequirement(researcherId, survey, required);
      return reply({
        notice: required
          ? "New respondents now need an invitation code."
          : "Invitation codes are no longer required.",
      });
    }
    case "generate-codes": {
      const count = codeCountSchema.safeParse(formData.get("count") ?? "");
      if (!count.success) return reply({ countError: count.error.issues[0]?.message ?? COUNT_MESSAGE }, 400);
      const issuedCodes = await issueInvitationCodes(researcherId, survey, count.data);
      return reply({
        issuedCodes,
        notice: `${count.data.toLocaleString("en")} invitation ${count.data === 1 ? "code" : "codes"} generated. They are shown below this once.`,
      });
    }
    case "open":
    case "close":
      await setSurveyStatus(researcherId, survey.id, survey.slug, intent.data === "open" ? "open" : "closed");
      return reply({
        notice:
          intent.data === "open"
            ? "The survey is open for respondents."
            : "The survey is closed. Respondents now see that it has closed.",
      });
  }
}

export default function SurveyOverview() {
  const { survey, shareUrl, versions, invitationCounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      {actionData?.notice ? (
        <p className="notice" role="status">
          {actionData.notice}
        </p>
      ) : null}
      <DefinitionProblems problems={actionData?.problems ?? []} />
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
        issued={actionData?.issuedCodes ?? null}
        countError={actionData?.countError ?? undefined}
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
          <DefinitionFields />
          <button type="submit" name="intent" value="new-version">
            Check and add the version
          </button>
        </Form>
      </section>
    </>
  );
}
