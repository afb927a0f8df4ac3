import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { forgetAnswered, hasAnswered } from "~/respondent/answered-cookie.server";
import { surveyPath } from "~/respondent/paths";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `You have already answered — ${data.title}` : "Survey — Negative Space" },
];

/** Shown instead of the first page to a browser that has sent its answers (answered-cookie.server.ts). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  if (!(await hasAnswered(request, slug))) throw redirect(surveyPath(slug));
  const context = await loadRespondentContext(request, slug);
  return { title: context.survey.title };
}

/** Someone else on a shared device: forget the mark and start from the first page. */
export async function action({ params }: ActionFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  throw redirect(surveyPath(slug), { headers: { "Set-Cookie": await forgetAnswered(slug) } });
}

export default function AlreadyAnswered() {
  const { title } = useLoaderData<typeof loader>();
  return (
    <div className="survey">
      <p className="survey-name">{title}</p>
      <h1>You have already answered</h1>
      <p className="lede">
        Answers were sent from this browser, so there is nothing more to do. Thank you. Published results
        appear under <Link to="/findings">Findings</Link>.
      </p>
      <h2>Someone else on this device?</h2>
      <p>
        If you share this phone or computer and have not answered yet, you can start your own answers. Please
        answer only once yourself.
      </p>
      <Form method="post">
        <button type="submit" className="secondary">
          Start new answers for someone else
        </button>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
