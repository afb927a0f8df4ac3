import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";
import { translate, translateAll } from "~/i18n/translate.server";

export const handle = respondentPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data: view }) => [
  { title: view?.tabTitle ?? "This survey cannot take answers at the moment — Negative Space" },
];

const UNAVAILABLE_TEXT = ["code.unavailableTitle", "code.unavailable"] as const;

/**
 * Where a survey that asks for an identification code sends respondents while its study's key cannot be read
 * (identification-code.server.ts): a polite 503; nothing was stored, and the server log says why.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const { language } = await loadRespondentContext(request, slug);
  const title = translate(language, "code.unavailableTitle");
  return data(
    {
      text: translateAll(language, UNAVAILABLE_TEXT),
      tabTitle: translate(language, "site.titleSuffix", { title }),
    },
    { status: 503, headers: { "Retry-After": "3600", "Cache-Control": "no-store" } },
  );
}

export default function SurveyUnavailable() {
  const { text } = useLoaderData<typeof loader>();
  return (
    <div className="survey">
      <h1>{text["code.unavailableTitle"]}</h1>
      <p>{text["code.unavailable"]}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
