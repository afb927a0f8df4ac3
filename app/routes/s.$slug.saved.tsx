import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { RESUME_CODE_TTL_DAYS } from "~/limits";
import { surveyPath } from "~/respondent/paths";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

export const handle = respondentPageHandle;

export const meta: MetaFunction = () => [{ title: "Your answers are saved — Negative Space" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  if (!context.draft || !context.code) throw redirect(surveyPath(slug));
  return { slug, code: context.code, expiresOn: context.draft.expiresOn };
}

export default function Saved() {
  const { slug, code, expiresOn } = useLoaderData<typeof loader>();
  return (
    <div className="survey">
      <h1>Your answers are saved</h1>
      <p>
        Coming back on this device and browser, just open the survey link again: you will continue where you
        stopped.
      </p>
      <p>On another device, or if you clear your browser, you need this resume code:</p>
      <p className="resume-code" aria-label={`Resume code ${code.split("").join(" ")}`}>
        {code}
      </p>
      <p>
        Write it down or take a screenshot. It works until {expiresOn} ({RESUME_CODE_TTL_DAYS} days after your
        last save); after that the saved answers are deleted. We cannot recover a lost code: we only keep a
        scrambled form of it.
      </p>
      <p>
        <Link className="button" to={surveyPath(slug)}>
          Continue the survey now
        </Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
