import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ResponseAnswers } from "~/components/lab/response-answers";
import { ResponseQuality, ResponseScores } from "~/components/lab/response-quality";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { requirePersonLooking } from "~/lab/audited-read.server";
import { decideQuality } from "~/lab/quality-decisions.server";
import { responseDecisionSchema } from "~/lab/quality-forms";
import { responseIdParamSchema } from "~/lab/response-browser-forms";
import { loadResponseDetail, recordResponseView } from "~/lab/response-detail.server";
import qualityStylesUrl from "~/styles/quality.css?url";
import responsesStylesUrl from "~/styles/responses.css?url";

export const meta: MetaFunction = () => [{ title: "One response — Negative Space lab" }];
export const links = () => [
  { rel: "stylesheet", href: qualityStylesUrl },
  { rel: "stylesheet", href: responsesStylesUrl },
];

// A respondent's answers stay out of every cache, so each showing of them is a read the loader records.
export const headers = () => ({ "Cache-Control": "private, no-store" });

const notFound = () => new Response("There is no such response in this survey.", { status: 404 });

/** An audited read (docs/decisions/033): every view of a response is recorded, and only a view is. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { researcherId, survey } = await requireSurveyPermission(request, params, "read-responses");
  const parsed = responseIdParamSchema.safeParse(params);
  if (!parsed.success) throw notFound();
  requirePersonLooking(request);
  const response = await loadResponseDetail(survey.id, parsed.data.responseId);
  if (!response) throw notFound();
  await recordResponseView(researcherId, survey, response.id);
  return { slug: survey.slug, response };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    "review-quality",
  );
  const parsed = parseForm(formData, responseDecisionSchema);
  if (!parsed.ok) return formFailure(parsed.failure);
  if (parsed.value.responseId !== params.responseId) throw notFound();
  return formSuccess(await decideQuality(researcherId, survey, parsed.value));
}

export default function OneResponse() {
  const { slug, response } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/lab/surveys/${slug}/responses/browse`}>Browse responses</Link> / one response
      </p>
      <h2 className="response-heading">
        Response <code>{response.id}</code>
      </h2>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <dl className="response-facts">
        <dt>Day submitted</dt>
        <dd>{response.submittedOn}</dd>
        <dt>Instrument version</dt>
        <dd>{response.version}</dd>
        <dt>Completion</dt>
        <dd>
          {response.completion}
          {response.isSynthetic ? (
            <>
              {" "}
              <span className="tag">synthetic</span>
            </>
          ) : null}
        </dd>
        <dt>Time answering</dt>
        <dd>{response.durationSeconds === null ? "not recorded" : `${response.durationSeconds} s`}</dd>
        <dt>Language</dt>
        <dd>{response.language}</dd>
        {response.identificationCode ? (
          <>
            <dt>Identification code</dt>
            <dd>
              identification code given ({response.identificationCode.given} of{" "}
              {response.identificationCode.of} elements)
            </dd>
          </>
        ) : null}
      </dl>
      <ResponseQuality response={response} reply={reply} />
      <ResponseScores scores={response.scores} />
      <ResponseAnswers sections={response.sections} hiddenItems={response.hiddenItems} />
    </>
  );
}
