import { Form, Link } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import type { PendingReview } from "~/lab/pending-version.server";

type Change = NonNullable<PendingReview["compatibility"]>["changes"][number];

function ChangeList({ id, title, changes }: { id: string; title: string; changes: Change[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {changes.map((entry) => (
          <li key={entry.words}>{entry.words}</li>
        ))}
      </ul>
    </section>
  );
}

/** What changed against the live version, split into what stops pooling and the rest. */
function Comparison({ review }: { review: PendingReview }) {
  const changes = review.compatibility?.changes ?? [];
  if (!review.live) return null;
  return (
    <>
      <h2>Compared with version {review.live.version} (live)</h2>
      {changes.length === 0 ? (
        <p>
          The definitions differ only in ways no respondent or analysis sees (the order of keys or of
          equivalent entries).
        </p>
      ) : null}
      <ChangeList
        id="breaking-heading"
        title="Changes to codes or scales (stop pooling)"
        changes={changes.filter((entry) => entry.breaksPooling)}
      />
      <ChangeList
        id="other-heading"
        title="Other changes (wording, pages, conditions, optional items)"
        changes={changes.filter((entry) => !entry.breaksPooling)}
      />
    </>
  );
}

/** The pending version: verdict, comparison, preview link and the confirm / discard buttons. */
export function PendingVersionReview({ slug, review }: { slug: string; review: PendingReview }) {
  const compatible = review.compatibility?.compatible !== false;
  return (
    <>
      <h2>Check version {review.nextVersion} before it goes live</h2>
      <p>
        Nothing has changed for respondents yet:{" "}
        {review.live ? `they keep getting version ${review.live.version}` : "the survey has no live version"}{" "}
        until you confirm.
      </p>
      <p className={compatible ? "notice" : "notice notice--placeholder"} data-testid="version-verdict">
        {review.verdict}
      </p>
      <p>
        <Link to={`/lab/surveys/${slug}/preview?pending=1`}>
          Preview version {review.nextVersion} as respondents will see it
        </Link>
      </p>
      <Comparison review={review} />
      <Form method="post" className="form-stack">
        <CsrfInput />
        <input type="hidden" name="pendingId" value={review.pendingId} />
        <input type="hidden" name="contentHash" value={review.contentHash} />
        <p>
          <button type="submit" name="intent" value="confirm">
            Make version {review.nextVersion} live
          </button>{" "}
          <button type="submit" name="intent" value="discard" className="button--secondary">
            Discard this definition
          </button>
        </p>
      </Form>
    </>
  );
}
