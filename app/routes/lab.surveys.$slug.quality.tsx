import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { FlaggedResponsesTable } from "~/components/quality/flagged-responses-table";
import { QualityIndexTable } from "~/components/quality/quality-index-table";
import { loadDataQuality } from "~/lab/data-quality.server";
import { excludeFlagged, excludeResponse, includeFlagged, restoreResponse } from "~/lab/exclusions.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import {
  QUALITY_TABLE_FILTERS,
  qualityActionSchema,
  qualityQuerySchema,
  searchParamsOf,
} from "~/lab/quality-forms";
import { EXCLUSION_REASON_MAX_LENGTH, EVEN_ODD_MIN_SCALES, QUALITY_RULES } from "~/lab/quality-rules";
import qualityStylesUrl from "~/styles/quality.css?url";

export const meta: MetaFunction = () => [{ title: "Data quality — Negative Space lab" }];
export const links = () => [{ rel: "stylesheet", href: qualityStylesUrl }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const query = qualityQuerySchema.safeParse(searchParamsOf(request, ["page", "show"]));
  if (!query.success) throw new Response("Unknown page or filter.", { status: 400 });
  return {
    slug: survey.slug,
    quality: await loadDataQuality(survey.id, { page: query.data.page, filter: query.data.show }),
  };
}

type ActionResult = { notice: string | null; problem: { responseId: string | null; message: string } | null };

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const parsed = qualityActionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const responseId = formData.get("responseId");
    const message = parsed.error.issues[0]?.message ?? "The form could not be read.";
    return data<ActionResult>(
      { notice: null, problem: { responseId: typeof responseId === "string" ? responseId : null, message } },
      { status: 400 },
    );
  }
  const form = parsed.data;
  const label = (id: string) => QUALITY_RULES.find((rule) => rule.id === id)?.label ?? id;
  let notice: string;
  switch (form.intent) {
    case "exclude-index":
      notice = `${label(form.index)}: ${await excludeFlagged(researcherId, survey, form.index)} flagged responses are excluded from analysis.`;
      break;
    case "include-index":
      notice = `${label(form.index)}: ${await includeFlagged(researcherId, survey, form.index)} responses are included again (unless excluded for another reason).`;
      break;
    case "exclude-response":
      await excludeResponse(researcherId, survey, form.responseId, form.reason);
      notice = `Response ${form.responseId} is excluded from analysis.`;
      break;
    case "restore-response":
      await restoreResponse(researcherId, survey, form.responseId);
      notice = `Response ${form.responseId} is included in the analysis again.`;
      break;
  }
  return data<ActionResult>({ notice, problem: null });
}

const FILTER_LABELS: Record<(typeof QUALITY_TABLE_FILTERS)[number], string> = {
  flagged: "Flagged or excluded",
  excluded: "Excluded",
  ...Object.fromEntries(QUALITY_RULES.map((rule) => [rule.id, rule.label])),
} as Record<(typeof QUALITY_TABLE_FILTERS)[number], string>;

export default function DataQuality() {
  const { slug, quality } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { totals, indices, versions, table } = quality;
  const rowProblem = result?.problem?.responseId
    ? { responseId: result.problem.responseId, message: result.problem.message }
    : null;
  const inTable = rowProblem && table.rows.some((row) => row.id === rowProblem.responseId);
  const problemField = rowProblem
    ? inTable
      ? `reason-${rowProblem.responseId}`
      : "manual-reason"
    : undefined;
  const evenOddScales = [...new Set(versions.map((version) => version.evenOddScales))].join(" or ");
  const first = (table.page - 1) * table.pageSize + 1;
  const pageLink = (page: number) => `?${new URLSearchParams({ show: table.filter, page: String(page) })}`;
  return (
    <>
      <h2>Data quality</h2>
      {result?.notice ? (
        <p className="notice" role="status">
          {result.notice}
        </p>
      ) : null}
      <ErrorSummary
        problems={result?.problem ? [{ message: result.problem.message, fieldId: problemField }] : []}
      />
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
      <section aria-labelledby="indices-heading">
        <h3 id="indices-heading">Indices</h3>
        <p>
          Each index flags responses by a default threshold; excluding an index excludes the responses it
          flags now, each with its value and the threshold recorded. Indices overlap (a straight-liner is
          usually flagged by longstring, IRV and the attention check).
        </p>
        <p className="notice notice--placeholder">
          Even-odd consistency is a correlation across the instrument&apos;s scales — {evenOddScales} here, at
          least {EVEN_ODD_MIN_SCALES} of them answered. With few short scales it is noisy and flags attentive
          respondents too; check the responses before excluding on it alone.
        </p>
        <QualityIndexTable indices={indices} responses={totals.responses} />
      </section>
      <section aria-labelledby="responses-heading">
        <h3 id="responses-heading">Responses</h3>
        <nav aria-label="Which responses">
          <ul className="pagination">
            {QUALITY_TABLE_FILTERS.map((filter) => (
              <li key={filter}>
                <Link to={`?show=${filter}`} aria-current={filter === table.filter ? "page" : undefined}>
                  {FILTER_LABELS[filter]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {table.rows.length === 0 ? (
          <p>No responses to list.</p>
        ) : (
          <FlaggedResponsesTable
            rows={table.rows}
            error={inTable ? rowProblem : null}
            caption={`${FILTER_LABELS[table.filter]}: responses ${first}–${first + table.rows.length - 1} of ${table.total}, newest first`}
          />
        )}
        {table.pageCount > 1 ? (
          <nav aria-label="Response pages">
            <ul className="pagination">
              {table.page > 1 ? (
                <li>
                  <Link to={pageLink(table.page - 1)}>Previous page</Link>
                </li>
              ) : null}
              <li>
                Page {table.page} of {table.pageCount}
              </li>
              {table.page < table.pageCount ? (
                <li>
                  <Link to={pageLink(table.page + 1)}>Next page</Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="manual-heading">
        <h3 id="manual-heading">Exclude another response</h3>
        <Form method="post" className="form-stack">
          <CsrfInput />
          <div className="field">
            <label htmlFor="manual-response">Response id</label>
            <input
              id="manual-response"
              name="responseId"
              required
              autoComplete="off"
              defaultValue={rowProblem && !inTable ? rowProblem.responseId : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="manual-reason">Reason</label>
            <input
              id="manual-reason"
              name="reason"
              required
              maxLength={EXCLUSION_REASON_MAX_LENGTH}
              aria-invalid={problemField === "manual-reason" ? true : undefined}
            />
          </div>
          <button type="submit" name="intent" value="exclude-response">
            Exclude this response
          </button>
        </Form>
      </section>
    </>
  );
}
