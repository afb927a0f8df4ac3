import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import type { InvitationCodeCounts } from "~/invitations/lab-invitations.server";
import { invitationCodesCsvHref } from "~/invitations/invitation-codes-csv";
import { CODES_PER_BATCH_DEFAULT, MAX_CODES_PER_BATCH } from "~/limits";

type Props = {
  slug: string;
  required: boolean;
  counts: InvitationCodeCounts;
  /** The batch just made, from the action's answer: shown this once, never stored in plain text. */
  issued: readonly string[] | null;
  countError: string | undefined;
  /** The number typed before a refusal, shown again. */
  typedCount: string | undefined;
};

const number = (value: number) => value.toLocaleString("en");

/** The survey overview's "Invitation codes": require them or not, make a batch, see how many are used. */
export function InvitationCodesSection({ slug, required, counts, issued, countError, typedCount }: Props) {
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitation codes</h2>
      <p>
        One-time codes let each invitation open one response, without knowing who anyone is. A code is marked
        used with the day only; it is never linked to the response, the draft or a time of day, so nobody can
        tell who used which.
      </p>
      <p>
        {required
          ? "Required: new respondents type a code on the first page. People who already started carry on."
          : "Not required: anyone with the survey link can answer."}
        {required && counts.unused === 0 ? " There is no unused code, so nobody new can start." : null}
      </p>
      <Form method="post">
        <CsrfInput />
        {required ? (
          <button type="submit" name="intent" value="invitations-not-required" className="secondary">
            Stop requiring an invitation code
          </button>
        ) : (
          <button type="submit" name="intent" value="invitations-required">
            Require an invitation code
          </button>
        )}
      </Form>

      <InvitationCounts counts={counts} />

      <GenerateCodes countError={countError} typedCount={typedCount} />

      {issued ? <IssuedCodes slug={slug} codes={issued} /> : null}
    </section>
  );
}

function IssuedCodes({ slug, codes }: { slug: string; codes: readonly string[] }) {
  return (
    <div className="issued-codes">
      <h3 id="issued-codes-heading">
        The {codes.length === 1 ? "code" : `${number(codes.length)} codes`} you just generated
      </h3>
      <p>
        <strong>Shown only this once.</strong> Only their hashes are stored, so they cannot be shown again.{" "}
        <a href={invitationCodesCsvHref(codes)} download={`${slug}-invitation-codes.csv`}>
          Download these {number(codes.length)} codes (CSV)
        </a>
      </p>
      <div className="issued-codes-scroll" role="region" aria-labelledby="issued-codes-heading" tabIndex={0}>
        <ol>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** How many codes were made, used and are left. */
function InvitationCounts({ counts }: { counts: InvitationCodeCounts }) {
  return (
    <dl className="invitation-counts">
      <div>
        <dt>Issued</dt>
        <dd>{number(counts.issued)}</dd>
      </div>
      <div>
        <dt>Used</dt>
        <dd>{number(counts.used)}</dd>
      </div>
      <div>
        <dt>Unused</dt>
        <dd>{number(counts.unused)}</dd>
      </div>
    </dl>
  );
}

/** "Generate codes": how many, with the message and the number typed after a refusal. */
function GenerateCodes({ countError, typedCount }: Pick<Props, "countError" | "typedCount">) {
  return (
    <>
      <h3>Generate codes</h3>
      <Form method="post" className="form-stack" noValidate>
        <CsrfInput />
        <Field
          id="invitation-count"
          label={`Number of codes (1 to ${number(MAX_CODES_PER_BATCH)})`}
          hint="Codes are stored only as hashes: they are shown once, right after you generate them, and cannot be shown again. Copy them or download the CSV before you leave the page."
          error={countError}
        >
          {(control) => (
            <input
              {...control}
              name="count"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_CODES_PER_BATCH}
              step={1}
              defaultValue={typedCount ?? CODES_PER_BATCH_DEFAULT}
            />
          )}
        </Field>
        <button type="submit" name="intent" value="generate-codes">
          Generate codes
        </button>
      </Form>
    </>
  );
}
