import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireLabAction } from "~/auth/lab-action.server";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { Field } from "~/components/field";
import { Pagination } from "~/components/pagination";
import { FlaggedResponsesTable } from "~/components/quality/flagged-responses-table";
import { QualityIndexTable } from "~/components/quality/quality-index-table";
import { refusedExclusion } from "~/components/quality/refused-exclusion";
import { sentValue } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm, parseQuery } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { EXCLUSION_REASON_MAX_LENGTH } from "~/limits";
import { loadDataQuality } from "~/lab/data-quality.server";
import { requireLabSurvey } from "~/lab/lab-surveys.server";
import { decideQuality } from "~/lab/quality-decisions.server";
import { QUALITY_TABLE_FILTERS, qualityActionSchema, qualityQuerySchema } from "~/lab/quality-forms";
import { EVEN_ODD_MIN_SCALES, QUALITY_RULES } from "~/lab/quality-rules";
import qualityStylesUrl from "~/styles/quality.css?url";

export const meta: MetaFunction = () => [{ title: "Data quality — Negative Space lab" }];
export const links = () => [{ rel: "stylesheet", href: qualityStylesUrl }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { survey } = await requireLabSurvey(request, params);
  const query = parseQuery(request, qualityQuerySchema);
  if (!query.ok) throw new Response("Unknown page or filter.", { status: 400 });
  return {
    slug: survey.slug,
    quality: await loadDataQuality(survey.id, { page: query.value.page, filter: query.value.show }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const { survey } = await requireLabSurvey(request, params);
  const parsed = parseForm(formData, qualityActionSchema);
  if (!parsed.ok) return formFailure(parsed.failure);
  return formSuccess(await decideQuality(researcherId, survey, parsed.value));
}

const FILTER_LABELS: Record<(typeof QUALITY_TABLE_FILTERS)[number], string> = {
  flagged: "Flagged or excluded",
  excluded: "Excluded",
  ...Object.fromEntries(QUALITY_RULES.map((rule) => [rule.id, rule.label])),
} as Record<(typeof QUALITY_TABLE_FILTERS)[number], string>;

export default function DataQuality() {
  const { slug, quality } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  const { totals, indices, versions, table } = quality;
  const refused = refusedExclusion(reply, table.rows.map((row) => row.id));
  const evenOddScales = [...new Set(versions.map((version) => version.evenOddScales))].join(" or ");
  const first = (table.page - 1) * table.pageSize + 1;
  const pageLink = (page: number) => `?${new URLSearchParams({ show: table.filter, page: String(page) })}`;
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
            error={refused.row}
            caption={`${FILTER_LABELS[table.filter]}: responses ${first}–${first + table.rows.length - 1} of ${table.total}, newest first`}
          />
        )}
        <Pagination
          label="Response pages"
          page={table.page}
          pageCount={table.pageCount}
          href={pageLink}
          previous="Previous page"
          next="Next page"
        />
      </section>
      <section aria-labelledby="manual-heading">
        <h3 id="manual-heading">Exclude another response</h3>
        <Form method="post" className="form-stack">
          <CsrfInput />
          <Field id="manual-response" label="Response id" error={refused.manual.fieldErrors.responseId}>
            {(control) => (
              <input
                {...control}
                name="responseId"
                required
                autoComplete="off"
                defaultValue={sentValue(refused.manual.values, "responseId")}
              />
            )}
          </Field>
          <Field id="manual-reason" label="Reason" error={refused.manual.fieldErrors.reason}>
            {(control) => (
              <input
                {...control}
                name="reason"
                required
                maxLength={EXCLUSION_REASON_MAX_LENGTH}
                defaultValue={sentValue(refused.manual.values, "reason")}
              />
            )}
          </Field>
          <button type="submit" name="intent" value="exclude-response">
            Exclude this response
          </button>
        </Form>
      </section>
    </>
  );
}
