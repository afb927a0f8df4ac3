import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { DataTable } from "~/components/findings/data-table";
import { PUBLISH_FIELD_NAMES, PublishFields, publishFieldId } from "~/components/lab/publish-fields";
import { SmallCellRuleForm } from "~/components/lab/small-cell-rule-form";
import { analysisQuerySchema, publishFormSchema } from "~/findings/analysis-forms";
import { DEFAULT_ANALYSIS_SETTINGS } from "~/findings/analysis-settings";
import { publishSurveyFinding } from "~/findings/survey-finding.server";
import { type FormFailure, readFormReply, sentValue, summaryProblems } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm, parseQuery } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { type AnalysisPreview, analysisPreview } from "~/findings/analysis-preview.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";

export const meta: MetaFunction = () => [{ title: "Analysis — Negative Space lab" }];

type AnalysisPage = { slug: string; title: string; view: AnalysisPreview | null; query: FormFailure | null };

/** A k that is not valid answers 400 with its message on the field, the form, and no analysis (as the export tab does). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const query = parseQuery(request, analysisQuerySchema, { emptyIsMissing: true });
  const page = { slug: survey.slug, title: survey.title };
  if (!query.ok) return data<AnalysisPage>({ ...page, view: null, query: query.failure }, { status: 400 });
  return data<AnalysisPage>({
    ...page,
    view: await analysisPreview(survey.slug, query.value.k),
    query: null,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const form = parseForm(formData, publishFormSchema, { arrays: ["chartIds"] });
  if (!form.ok) return formFailure(form.failure);
  const outcome = await publishSurveyFinding(researcherId, survey.slug, form.value, {
    seed: DEFAULT_ANALYSIS_SETTINGS.seed,
    bootstrapB: DEFAULT_ANALYSIS_SETTINGS.bootstrapB,
  });
  if (!outcome.ok)
    return formFailure({ formError: outcome.message, values: form.values }, { status: outcome.status });
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
const PUBLISH_SUMMARY_FIELDS = PUBLISH_FIELD_NAMES.map((name) => ({ name, id: publishFieldId(name) }));

/** "Publish as a finding": the run on screen (its fingerprint and k) with what the researcher writes. */
function PublishSection({ slug, title, view }: { slug: string; title: string; view: ReadyView }) {
  const reply = useFormReply();
  return (
    <>
      <h2 id="publish-heading">Publish as a finding</h2>
      <ErrorSummary problems={summaryProblems(reply, PUBLISH_SUMMARY_FIELDS)} />
      <Form method="post" className="form-stack" aria-labelledby="publish-heading">
        <CsrfInput />
        <input type="hidden" name="fingerprint" value={view.fingerprint} />
        <input type="hidden" name="minCellSize" value={view.minCellSize} />
        <PublishFields defaultSlug={slug} defaultTitle={title} charts={view.charts} reply={reply} />
        <button type="submit">Publish this version</button>
      </Form>
    </>
  );
}

export default function SurveyAnalysis() {
  const { slug, title, view, query } = useLoaderData<typeof loader>();
  if (!view) return <RefusedSmallCellRule query={query} />;
  if (!view.ready) return <p className="notice">{view.reason}</p>;
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
      <PublishSection slug={slug} title={title} view={view} />
    </>
  );
}
