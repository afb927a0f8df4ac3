import { requireSurveyActionPermission, requireSurveyPermission } from "~/auth/survey-access.server";
import { analysisActionPermission } from "~/lab/survey-route-permissions";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { DataTable } from "~/components/findings/data-table";
import { FindingPreview, PublishSection } from "~/components/lab/publish-section";
import { SmallCellRuleForm } from "~/components/lab/small-cell-rule-form";
import { analysisQuerySchema, NEW_FINDING, publishFormSchema } from "~/findings/analysis-forms";
import { DEFAULT_ANALYSIS_SETTINGS } from "~/findings/analysis-settings";
import type { FindingPageData } from "~/findings/finding-page-data";
import { previewSurveyFinding } from "~/findings/finding-preview.server";
import { type PublishableFinding, publishableFindings } from "~/findings/lab-findings.server";
import { type PublishStart, publishStart } from "~/findings/publish-start";
import { publishSurveyFinding } from "~/findings/survey-finding.server";
import {
  type FormFailure,
  type FormValues,
  readFormReply,
  sentValue,
  summaryProblems,
} from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm, parseQuery } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { type AnalysisPreview, analysisPreview } from "~/findings/analysis-preview.server";
import findingStylesUrl from "~/styles/findings.css?url";

export const meta: MetaFunction = () => [{ title: "Analysis — Negative Space lab" }];
// The preview renders the public finding page, with the public page's styles.
export const links = () => [{ rel: "stylesheet", href: findingStylesUrl }];

type AnalysisPage = {
  slug: string;
  view: AnalysisPreview | null;
  query: FormFailure | null;
  findings: PublishableFinding[];
  start: PublishStart;
};
type PreviewResult = { preview: FindingPageData; values: FormValues };

/** A k that is not valid answers 400 with its message on the field, the form, and no analysis (as the export tab does). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireSurveyPermission(request, params, "analyse");
  const query = parseQuery(request, analysisQuerySchema, { emptyIsMissing: true });
  const findings = await publishableFindings(survey.id);
  const start = publishStart(findings, query.ok ? query.value.finding : undefined, survey);
  const page = { slug: survey.slug, findings, start };
  if (!query.ok) return data<AnalysisPage>({ ...page, view: null, query: query.failure }, { status: 400 });
  return data<AnalysisPage>({
    ...page,
    view: await analysisPreview(survey.slug, query.value.k),
    query: null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData, survey } = await requireSurveyActionPermission(
    request,
    params,
    analysisActionPermission,
  );
  const form = parseForm(formData, publishFormSchema, { arrays: ["chartIds"] });
  if (!form.ok) return formFailure(form.failure);
  const settings = { seed: DEFAULT_ANALYSIS_SETTINGS.seed, bootstrapB: DEFAULT_ANALYSIS_SETTINGS.bootstrapB };
  const outcome =
    form.value.intent === "preview"
      ? await previewSurveyFinding(request, survey.slug, form.value, settings)
      : await publishSurveyFinding(researcherId, survey.slug, form.value, settings);
  if (!outcome.ok) {
    const refusal = outcome.field
      ? { fieldErrors: { [outcome.field]: outcome.message } }
      : { formError: outcome.message };
    return formFailure({ ...refusal, values: form.values }, { status: outcome.status });
  }
  if ("preview" in outcome)
    return formSuccess<PreviewResult>(null, { preview: outcome.preview, values: form.values });
  throw redirect(`/findings/${outcome.slug}/v/${outcome.version}`);
}

/** A k that is not valid: its message, linked to the field, and the form again with what was typed. */
function RefusedSmallCellRule({ query }: { query: FormFailure | null }) {
  const refused = readFormReply(query);
  return (
    <>
      <ErrorSummary problems={summaryProblems(refused, [{ name: "k", id: "k" }])} />
      <p>Correct the small-cell rule below to run the analysis.</p>
      <SmallCellRuleForm value={sentValue(refused.values, "k")} error={refused.fieldErrors.k} />
    </>
  );
}

type ReadyView = Extract<AnalysisPreview, { ready: true }>;

/** The run on screen: sample, results, charts, tables and limits, which publishing repeats. */
function AnalysisResults({ slug, view }: { slug: string; view: ReadyView }) {
  return (
    <>
      {view.synthetic > 0 ? (
        <p className="notice notice--placeholder">
          {view.synthetic.toLocaleString("en")} of these responses are synthetic demo data; anything published
          from them is labelled synthetic.
        </p>
      ) : null}
      <p className="notice" data-testid="version-pooling">
        {view.pooling}
      </p>
      <p>
        {view.sample.analysed.toLocaleString("en")} of {view.sample.received.toLocaleString("en")} completed
        responses analysed
        {view.sample.excluded.length > 0
          ? ` (excluded: ${view.sample.excluded.map((entry) => `${entry.n} ${entry.reason}`).join(", ")})`
          : ""}
        . Small-cell rule k = {view.minCellSize}; seed {DEFAULT_ANALYSIS_SETTINGS.seed}; bootstrap resamples
        from {DEFAULT_ANALYSIS_SETTINGS.bootstrapB.toLocaleString("en")}, raised until every interval is
        precise to the digit shown.{" "}
        <a href={`/lab/surveys/${slug}/analysis/results.json?k=${view.minCellSize}`}>Download results.json</a>
      </p>
      <SmallCellRuleForm value={view.minCellSize} error={undefined} />
      <h2>Main results</h2>
      <ul>
        {view.summary.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h2>Charts</h2>
      {view.chartNotes.length > 0 ? (
        <ul>
          {view.chartNotes.map((note) => (
            <li key={note}>Not drawn: {note}</li>
          ))}
        </ul>
      ) : null}
      {view.charts.map((chart) => (
        <figure key={chart.id} className="chart-figure">
          <div className="chart-canvas" dangerouslySetInnerHTML={{ __html: chart.svg }} />
          <figcaption className="chart-alt">{chart.altText}</figcaption>
        </figure>
      ))}
      <h2>Tables</h2>
      {view.tables.map((table) => (
        <DataTable key={table.id} table={table} caption={table.title} />
      ))}
      <h2>Limits</h2>
      <ul>
        {view.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </>
  );
}

export default function SurveyAnalysis() {
  const { slug, view, query, findings, start } = useLoaderData<typeof loader>();
  const reply = useFormReply<PreviewResult>();
  if (!view) return <RefusedSmallCellRule query={query} />;
  if (!view.ready) return <p className="notice">{view.reason}</p>;
  const publish = (
    <PublishSection
      findings={findings}
      start={start}
      k={view.minCellSize}
      fingerprint={view.fingerprint}
      charts={view.charts}
      sent={reply.failed ? reply.values : (reply.result?.values ?? null)}
      fieldErrors={reply.fieldErrors}
      formError={reply.formError}
    />
  );
  const backQuery = new URLSearchParams({
    k: String(view.minCellSize),
    finding: start.target === "new-version" ? start.findingSlug : NEW_FINDING,
  });
  // A preview replaces the analysis on screen: the public page first, then the form to change or publish it.
  if (reply.result)
    return (
      <>
        <FindingPreview preview={reply.result.preview} />
        {publish}
        <p>
          <a href={`/lab/surveys/${slug}/analysis?${backQuery}`}>Back to the analysis</a>
        </p>
      </>
    );
  return (
    <>
      <AnalysisResults slug={slug} view={view} />
      {publish}
    </>
  );
}
