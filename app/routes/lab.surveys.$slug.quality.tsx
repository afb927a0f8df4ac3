import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import {
  IndicesSection,
  ManualExclusionSection,
  ResponsesSection,
} from "~/components/quality/quality-sections";
import { refusedExclusion } from "~/components/quality/refused-exclusion";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm, parseQuery } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { loadDataQuality } from "~/lab/data-quality.server";
import { decideQuality } from "~/lab/quality-decisions.server";
import { qualityActionSchema, qualityQuerySchema } from "~/lab/quality-forms";
import qualityStylesUrl from "~/styles/quality.css?url";

export const meta: MetaFunction = () => [{ title: "Data quality — Negative Space lab" }];
export const links = () => [{ rel: "stylesheet", href: qualityStylesUrl }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "review-quality");
  const query = parseQuery(request, qualityQuerySchema);
  if (!query.ok) throw new Response("Unknown page or filter.", { status: 400 });
  return {
    slug: survey.slug,
    quality: await loadDataQuality(survey.id, { page: query.value.page, filter: query.value.show }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    "review-quality",
  );
  const parsed = parseForm(formData, qualityActionSchema);
  if (!parsed.ok) return formFailure(parsed.failure);
  return formSuccess(await decideQuality(researcherId, survey, parsed.value));
}

export default function DataQuality() {
  const { slug, quality } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  const { totals, table } = quality;
  const refused = refusedExclusion(
    reply,
    table.rows.map((row) => row.id),
  );
  return (
    <>
      <h2>Data quality</h2>
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <ErrorSummary problems={refused.problems} />
      <p>
        {totals.responses.toLocaleString("en")} responses
        {totals.synthetic > 0
          ? ` (${totals.synthetic.toLocaleString("en")} synthetic demo responses)`
          : ""}; <strong data-testid="flagged-total">{totals.flagged.toLocaleString("en")}</strong> flagged by
        at least one index;{" "}
        <strong data-testid="excluded-total">{totals.excluded.toLocaleString("en")}</strong> excluded from
        analysis. Exclusions feed the analysis and are counted by reason in its methods box.{" "}
        <Link to={`/lab/surveys/${slug}/free-text`}>Review free-text answers</Link>
      </p>
      <IndicesSection quality={quality} />
      <ResponsesSection table={table} refusal={refused.row} />
      <ManualExclusionSection refused={refused.manual} />
    </>
  );
}
