import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { Field } from "~/components/field";
import type { LabFindingRow } from "~/findings/lab-findings.server";
import { type FormReplyView, sentValue, summaryProblems } from "~/forms/form-reply";

type Props = {
  finding: LabFindingRow;
  /** Findings that may replace this one: published, not withdrawn, not superseded themselves. */
  successors: LabFindingRow[];
  /** The refused attempt on this finding's forms, if the last one was. */
  reply: FormReplyView | null;
};

function Status({ finding }: { finding: LabFindingRow }) {
  const { withdrawn, supersededBy } = finding.status;
  return (
    <p>
      Status:{" "}
      {withdrawn ? (
        <>
          <strong>withdrawn on {withdrawn.on}</strong> — “{withdrawn.reason}”
        </>
      ) : (
        <strong>published</strong>
      )}
      {supersededBy ? (
        <>
          ; superseded by <Link to={`/findings/${supersededBy.slug}`}>{supersededBy.title}</Link>
        </>
      ) : null}
    </p>
  );
}

function WithdrawForm({ finding, reply }: Omit<Props, "successors">) {
  const id = `withdraw-${finding.slug}-reason`;
  const mine = reply?.values.intent === "withdraw" ? reply : null;
  return (
    <details open={Boolean(mine)}>
      <summary>Withdraw this finding…</summary>
      <Form method="post" className="form-stack" aria-label={`Withdraw ${finding.title}`}>
        <CsrfInput />
        <input type="hidden" name="intent" value="withdraw" />
        <input type="hidden" name="slug" value={finding.slug} />
        <Field
          id={id}
          label="Why is it withdrawn?"
          hint="Shown to readers on the finding's page, which keeps its citation. A withdrawal cannot be undone."
          error={mine?.fieldErrors.reason}
        >
          {(control) => (
            <textarea
              {...control}
              name="reason"
              rows={3}
              defaultValue={mine ? sentValue(mine.values, "reason") : ""}
            />
          )}
        </Field>
        <button type="submit">Withdraw</button>
      </Form>
    </details>
  );
}

function SupersedeForm({ finding, successors, reply }: Props) {
  const id = `supersede-${finding.slug}-by`;
  const mine = reply?.values.intent === "supersede" ? reply : null;
  if (successors.length === 0) return null;
  return (
    <details open={Boolean(mine)}>
      <summary>Mark as superseded…</summary>
      <Form method="post" className="form-stack" aria-label={`Supersede ${finding.title}`}>
        <CsrfInput />
        <input type="hidden" name="intent" value="supersede" />
        <input type="hidden" name="slug" value={finding.slug} />
        <Field id={id} label="Replaced by" error={mine?.fieldErrors.bySlug}>
          {(control) => (
            <select
              {...control}
              name="bySlug"
              defaultValue={mine ? sentValue(mine.values, "bySlug") : undefined}
            >
              {successors.map((successor) => (
                <option key={successor.slug} value={successor.slug}>
                  {successor.title} (/findings/{successor.slug})
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">Mark as superseded</button>
      </Form>
    </details>
  );
}

/** One finding in the lab: its versions, status, and the forms that withdraw or supersede it. */
export function LabFindingCard({ finding, successors, reply }: Props) {
  return (
    <li className="card">
      <h2>
        <Link to={`/findings/${finding.slug}`}>{finding.title}</Link>
      </h2>
      <p>
        <code>/findings/{finding.slug}</code> · survey{" "}
        <Link to={`/lab/surveys/${finding.surveySlug}`}>{finding.surveySlug}</Link>
      </p>
      <Status finding={finding} />
      <ul>
        {finding.versions.map((entry) => (
          <li key={entry.version}>
            <Link to={`/findings/${finding.slug}/v/${entry.version}`}>Version {entry.version}</Link>,
            published {entry.publishedOn}
          </li>
        ))}
      </ul>
      {reply ? (
        <ErrorSummary
          problems={summaryProblems(reply, [
            { name: "reason", id: `withdraw-${finding.slug}-reason` },
            { name: "bySlug", id: `supersede-${finding.slug}-by` },
          ])}
        />
      ) : null}
      {finding.status.withdrawn ? null : <WithdrawForm finding={finding} reply={reply} />}
      <SupersedeForm finding={finding} successors={successors} reply={reply} />
    </li>
  );
}
