import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { ResponseIdLink } from "~/components/lab/response-id-link";
import { FieldError } from "~/components/error-summary";
import { errorId } from "~/components/field";
import { ScrollableTable } from "~/components/scrollable-table";
import type { QualityTableRow } from "~/lab/data-quality.server";
import { EXCLUSION_REASON_MAX_LENGTH } from "~/limits";

/** A refused exclusion of one listed response: its message, and the reason as typed. */
export type RowRefusal = { responseId: string; message: string; reason?: string };

const fixed = (value: number | null, digits: number) => (value === null ? "—" : value.toFixed(digits));

/** Restore for an excluded response, else a reason field and Exclude (also on the response's own page). */
export function ExcludeOrRestore({
  row,
  refusal,
}: {
  row: Pick<QualityTableRow, "id" | "exclusions">;
  refusal: RowRefusal | null;
}) {
  if (row.exclusions.length > 0) {
    return (
      <Form method="post" preventScrollReset>
        <CsrfInput />
        <input type="hidden" name="responseId" value={row.id} />
        <button type="submit" name="intent" value="restore-response" className="secondary">
          Restore<span className="visually-hidden"> response {row.id}</span>
        </button>
      </Form>
    );
  }
  const fieldId = `reason-${row.id}`;
  return (
    <Form method="post" preventScrollReset className="quality-exclude">
      <CsrfInput />
      <input type="hidden" name="responseId" value={row.id} />
      <label htmlFor={fieldId} className="visually-hidden">
        Reason for excluding response {row.id}
      </label>
      <input
        id={fieldId}
        name="reason"
        placeholder="Reason"
        maxLength={EXCLUSION_REASON_MAX_LENGTH}
        required
        defaultValue={refusal?.reason}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? errorId(fieldId) : undefined}
      />
      <FieldError id={errorId(fieldId)} message={refusal?.message} />
      <button type="submit" name="intent" value="exclude-response">
        Exclude<span className="visually-hidden"> response {row.id}</span>
      </button>
    </Form>
  );
}

function ResponseRow({ row, refusal }: { row: QualityTableRow; refusal: RowRefusal | null }) {
  return (
    <tr>
      <th scope="row">
        <ResponseIdLink id={row.id} />
        <div>
          {row.submittedOn}, v{row.version} {row.isSynthetic ? <span className="tag">synthetic</span> : null}
        </div>
      </th>
      <td>{row.durationSeconds ?? "—"}</td>
      <td>{row.longstring.matrices || "—"}</td>
      <td>{fixed(row.irv, 2)}</td>
      <td>{fixed(row.evenOdd, 2)}</td>
      <td>
        {row.mahalanobis ? `${row.mahalanobis.d2.toFixed(1)} (${row.mahalanobis.p.toPrecision(2)})` : "—"}
      </td>
      <td>{[...row.failedChecks, ...row.automatedFlags].join(", ") || "—"}</td>
      <td>{row.flagged.join(", ") || "—"}</td>
      <td>
        {row.exclusions.length === 0
          ? "—"
          : row.exclusions.map((exclusion) => (
              <div key={exclusion.reason}>
                <strong>{exclusion.reason}</strong>
                {exclusion.detail ? `: ${exclusion.detail}` : ""}
              </div>
            ))}
      </td>
      <td>
        <ExcludeOrRestore row={row} refusal={refusal} />
      </td>
    </tr>
  );
}

/** One page of responses with their index values, flags and exclusions, each with exclude / restore. */
export function FlaggedResponsesTable({
  rows,
  caption,
  error,
}: {
  rows: QualityTableRow[];
  caption: string;
  error: RowRefusal | null;
}) {
  return (
    <ScrollableTable id="responses-caption" caption={<>{caption}</>}>
      <thead>
        <tr>
          <th scope="col">Response</th>
          <th scope="col">Seconds</th>
          <th scope="col">Longest string per matrix</th>
          <th scope="col">IRV</th>
          <th scope="col">Even-odd</th>
          <th scope="col">D² (p)</th>
          <th scope="col">Failed checks</th>
          <th scope="col">Flagged by</th>
          <th scope="col">Excluded for</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ResponseRow key={row.id} row={row} refusal={error?.responseId === row.id ? error : null} />
        ))}
      </tbody>
    </ScrollableTable>
  );
}
