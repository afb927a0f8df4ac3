import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import { Pagination } from "~/components/pagination";
import { sentValue, type FormValues } from "~/forms/form-reply";
import type { DataQualityScreen } from "~/lab/data-quality.server";
import { QUALITY_TABLE_FILTERS } from "~/lab/quality-forms";
import { EVEN_ODD_MIN_SCALES, QUALITY_RULES } from "~/surveys/quality-rules";
import { EXCLUSION_REASON_MAX_LENGTH } from "~/limits";
import { FlaggedResponsesTable, type RowRefusal } from "./flagged-responses-table";
import { QualityIndexTable } from "./quality-index-table";

type Filter = (typeof QUALITY_TABLE_FILTERS)[number];
const FILTER_LABELS = {
  flagged: "Flagged or excluded",
  excluded: "Excluded",
  ...Object.fromEntries(QUALITY_RULES.map((rule) => [rule.id, rule.label])),
} as Record<Filter, string>;

/** "Indices": what each index flags and excludes, with the caveat about even-odd on few scales. */
export function IndicesSection({ quality }: { quality: DataQualityScreen }) {
  const evenOddScales = [...new Set(quality.versions.map((version) => version.evenOddScales))].join(" or ");
  return (
    <section aria-labelledby="indices-heading">
      <h3 id="indices-heading">Indices</h3>
      <p>
        Each index flags responses by a default threshold; excluding an index excludes the responses it flags
        now, each with its value and the threshold recorded. Indices overlap (a straight-liner is usually
        flagged by longstring, IRV and the attention check).
      </p>
      <p className="notice notice--placeholder">
        Even-odd consistency is a correlation across the instrument&apos;s scales — {evenOddScales} here, at
        least {EVEN_ODD_MIN_SCALES} of them answered. With few short scales it is noisy and flags attentive
        respondents too; check the responses before excluding on it alone.
      </p>
      <QualityIndexTable indices={quality.indices} responses={quality.totals.responses} />
    </section>
  );
}

/** "Responses": one filter's page of responses, each with exclude / restore, and the pages. */
export function ResponsesSection({
  table,
  refusal,
}: {
  table: DataQualityScreen["table"];
  refusal: RowRefusal | null;
}) {
  const first = (table.page - 1) * table.pageSize + 1;
  const pageLink = (page: number) => `?${new URLSearchParams({ show: table.filter, page: String(page) })}`;
  return (
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
          error={refusal}
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
  );
}

/** "Exclude another response" by its id, with what was typed and its messages after a refusal. */
export function ManualExclusionSection({
  refused,
}: {
  refused: { fieldErrors: Record<string, string>; values: FormValues };
}) {
  return (
    <section aria-labelledby="manual-heading">
      <h3 id="manual-heading">Exclude another response</h3>
      <Form method="post" className="form-stack">
        <CsrfInput />
        <Field id="manual-response" label="Response id" error={refused.fieldErrors.responseId}>
          {(control) => (
            <input
              {...control}
              name="responseId"
              required
              autoComplete="off"
              defaultValue={sentValue(refused.values, "responseId")}
            />
          )}
        </Field>
        <Field id="manual-reason" label="Reason" error={refused.fieldErrors.reason}>
          {(control) => (
            <input
              {...control}
              name="reason"
              required
              maxLength={EXCLUSION_REASON_MAX_LENGTH}
              defaultValue={sentValue(refused.values, "reason")}
            />
          )}
        </Field>
        <button type="submit" name="intent" value="exclude-response">
          Exclude this response
        </button>
      </Form>
    </section>
  );
}
