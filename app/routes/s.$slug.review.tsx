import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { HoneypotField } from "~/components/survey/honeypot-field";
import { completeResponse } from "~/respondent/completion.server";
import { resumePath } from "~/respondent/navigation.server";
import { changePath, surveyPath } from "~/respondent/paths";
import { loadRespondentContext, requireAnswerable } from "~/respondent/respondent-context.server";
import { buildReview } from "~/respondent/review-view";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { readFormBody } from "~/security/form-body.server";
import { honeypotFilled } from "~/security/honeypot";
import { respondentPageHandle } from "~/respondent/page-handle";

export const handle = respondentPageHandle;

export const meta: MetaFunction = () => [{ title: "Check your answers — Negative Space" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  if (context.survey.status !== "open" || !context.version) throw redirect(surveyPath(slug));
  const { definition } = context.version;
  const resume = resumePath(slug, definition, context.draft);
  if (!context.draft || resume !== surveyPath(slug, "/review")) throw redirect(resume);
  return {
    slug,
    sections: buildReview(definition, context.draft.answers, context.language),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const { version } = requireAnswerable(context);
  const form = await readFormBody(request);
  // Refusing here would throw away a whole survey over an autofill quirk: the response is kept and flagged.
  const outcome = await completeResponse(context, version, { honeypotFilled: honeypotFilled(form) });
  const headers = new Headers();
  for (const cookie of outcome.setCookies ?? []) headers.append("Set-Cookie", cookie);
  throw redirect(outcome.to, { headers });
}

export default function Review() {
  const { slug, sections } = useLoaderData<typeof loader>();
  return (
    <div className="survey">
      <h1>Check your answers</h1>
      <p>Nothing is sent until you press “Send my answers”. You can change any answer first.</p>
      {sections.map((section) => (
        <section key={section.pageId} className="review-section" aria-labelledby={`review-${section.pageId}`}>
          <div className="review-heading">
            <h2 id={`review-${section.pageId}`}>{section.title}</h2>
            <Link to={changePath(slug, section.pageId)}>
              Change<span className="visually-hidden"> answers to “{section.title}”</span>
            </Link>
          </div>
          <dl>
            {section.entries.map((entry) => (
              <div key={entry.id} className="review-entry">
                <dt>{entry.question}</dt>
                <dd>{entry.answer ?? <span className="not-answered">Not answered</span>}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <Form method="post">
        <HoneypotField />
        <button type="submit">Send my answers</button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
