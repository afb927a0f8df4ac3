import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireLabAction } from "~/auth/lab-action.server";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { DataTable } from "~/components/findings/data-table";
import { PublishFields } from "~/components/lab/publish-fields";
import { DEFAULT_ANALYSIS_SETTINGS } from "~/findings/analysis-settings";
import { publishFormSchema, publishSurveyFinding } from "~/findings/survey-finding.server";
import { labAnalysisView } from "~/lab/analysis-view.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";

export const meta: MetaFunction = () => [{ title: "Analysis — Negative Space lab" }];

const querySchema = z.object({ k: z.coerce.number().int().min(5).max(100).catch(DEFAULT_ANALYSIS_SETTINGS.minCellSize) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const { k } = querySchema.parse({ k: new URL(request.url).searchParams.get("k") ?? undefined });
  return { slug: survey.slug, title: survey.title, view: await labAnalysisView(survey.slug, k) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const parsed = publishFormSchema.safeParse({ ...Object.fromEntries(formData), chartIds: formData.getAll("chartIds") });
  if (!parsed.success) return data({ errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>, conflict: null }, { status: 400 });
  const outcome = await publishSurveyFinding(researcherId, survey.slug, parsed.data, { seed: DEFAULT_ANALYSIS_SETTINGS.seed, bootstrapB: DEFAULT_ANALYSIS_SETTINGS.bootstrapB });
  if (!outcome.ok) return data({ errors: {} as Record<string, string[] | undefined>, conflict: outcome.message }, { status: outcome.status });
  throw redirect(`/findings/${outcome.slug}/v/${outcome.version}`);
}

export default function SurveyAnalysis() {
  const { slug, title, view } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!view.ready) return <p className="notice">{view.reason}</p>;
  const problems = [
    ...(actionData?.conflict ? [{ message: actionData.conflict }] : []),
    ...Object.entries(actionData?.errors ?? {}).flatMap(([field, messages]) => (messages ?? []).map((message) => ({ message, fieldId: `publish-${field}` }))),
  ];
  return (
    <>
      {view.synthetic > 0 ? (
        <p className="notice notice--placeholder">
          {view.synthetic.toLocaleString("en")} of these responses are synthetic demo data; anything published from them is labelled synthetic.
        </p>
      ) : null}
      <p>
        {view.sample.analysed.toLocaleString("en")} of {view.sample.received.toLocaleString("en")} completed responses analysed
        {view.sample.excluded.length > 0 ? ` (excluded: ${view.sample.excluded.map((entry) => `${entry.n} ${entry.reason}`).join(", ")})` : ""}. Small-cell rule k ={" "}
        {view.minCellSize}; seed {DEFAULT_ANALYSIS_SETTINGS.seed}; {DEFAULT_ANALYSIS_SETTINGS.bootstrapB.toLocaleString("en")} bootstrap resamples.{" "}
        <a href={`/lab/surveys/${slug}/analysis/results.json?k=${view.minCellSize}`}>Download results.json</a>
      </p>
      <Form method="get" className="inline-form">
        <label htmlFor="k">Small-cell rule k</label> <input id="k" name="k" type="number" min={5} max={100} defaultValue={view.minCellSize} />{" "}
        <button type="submit" className="secondary">
          Re-run
        </button>
      </Form>
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
      <h2 id="publish-heading">Publish as a finding</h2>
      <ErrorSummary problems={problems} />
      <Form method="post" className="form-stack" aria-labelledby="publish-heading">
        <CsrfInput />
        <input type="hidden" name="fingerprint" value={view.fingerprint} />
        <input type="hidden" name="minCellSize" value={view.minCellSize} />
        <PublishFields defaultSlug={slug} defaultTitle={title} charts={view.charts} errors={actionData?.errors ?? {}} />
        <button type="submit">Publish this version</button>
      </Form>
    </>
  );
}
