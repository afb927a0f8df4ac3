import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { localize } from "../../instrument/localized-text";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { loadRespondentContext } from "~/respondent/respondent-context.server";
import { parseParams } from "~/respondent/route-params";
import { surveyParamsSchema } from "~/surveys/survey-slug";
import { respondentPageHandle } from "~/respondent/page-handle";

export const handle = respondentPageHandle;

export const meta: MetaFunction = () => [{ title: "Thank you — Negative Space" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { slug } = parseParams(surveyParamsSchema, params);
  const context = await loadRespondentContext(request, slug);
  const definition = context.version?.definition;
  return { dataUse: definition ? localize(definition.dataUse, context.language) : null };
}

export default function Thanks() {
  const { dataUse } = useLoaderData<typeof loader>();
  return (
    <div className="survey">
      <h1>Thank you — your answers are in</h1>
      <p className="lede">
        What you told us is now part of the picture that support work usually leaves out.
      </p>
      <h2>What happens to your answers</h2>
      <ul>
        <li>
          They are stored without your name, e-mail address, network address or the time of day you answered.
        </li>
        <li>
          Contact details typed into free-text answers were replaced by a marker before anything was saved.
        </li>
        <li>
          Results are only published as group figures; any group too small to hide an individual is left out.
        </li>
      </ul>
      {dataUse ? <p>{dataUse}</p> : null}
      <p>
        Published results appear under <Link to="/findings">Findings</Link>. You can close this page now.
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
