import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { localize } from "../../instrument/localized-text";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

export const handle = respondentPageHandle;

export const meta: MetaFunction = () => [{ title: "Thank you for your interest — Negative Space" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const from = new URL(request.url).searchParams.get("from");
  const page = context.version?.definition.pages.find((candidate) => candidate.id === from);
  return { message: page?.screenOut ? localize(page.screenOut.message, context.language) : null };
}

export default function NotEligible() {
  const { message } = useLoaderData<typeof loader>();
  return (
    <div className="survey">
      <h1>Thank you for your interest</h1>
      <p>
        {message ??
          "This survey is for a particular group of people, and your answers show it is not meant for you."}
      </p>
      <p>Nothing you entered has been kept.</p>
      <p>
        <Link to="/findings">Read what the research has found so far</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
