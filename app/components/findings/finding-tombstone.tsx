import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import type { FindingTombstoneData } from "~/findings/finding-page-data";

export function isFindingTombstone(value: unknown): value is FindingTombstoneData {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === "withdrawn";
}

/**
 * A withdrawn finding's page: the citation still resolves, with its title, versions and dates as
 * stored and the permalink, and the page says when and why it was withdrawn. The numbers are gone.
 */
export function FindingTombstone({ tombstone }: { tombstone: FindingTombstoneData }) {
  return (
    <article className="finding finding--withdrawn">
      <header>
        <p className="withdrawn-banner" role="note">
          <strong>Withdrawn on {tombstone.withdrawn.on}.</strong> {tombstone.withdrawn.reason}
        </p>
        <h1>{tombstone.title}</h1>
        <p className="finding-meta">
          Version {tombstone.version}, published {tombstone.publishedOn}; withdrawn {tombstone.withdrawn.on}
        </p>
        {tombstone.supersededBy ? (
          <p>
            See instead:{" "}
            <Link to={`/findings/${tombstone.supersededBy.slug}`}>{tombstone.supersededBy.title}</Link>
          </p>
        ) : null}
        <p>
          The research team withdrew this finding, so its results, charts and data are no longer shown. The
          citation below still identifies what was published.
        </p>
      </header>
      <section aria-labelledby="cite-heading" className="citation">
        <h2 id="cite-heading">Citation of the withdrawn finding</h2>
        <p>{tombstone.apa}</p>
        <details>
          <summary>BibTeX</summary>
          <pre>
            <code>{tombstone.bibtex}</code>
          </pre>
        </details>
        <p>
          Permalink: <a href={tombstone.permalink}>{tombstone.permalink}</a>
        </p>
        <h3>Versions that were published</h3>
        <ul>
          {tombstone.versions.map((entry) => (
            <li key={entry.version}>
              Version {entry.version}, published {entry.publishedOn}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** The finding routes' error boundary: a withdrawn finding's tombstone (410), any other error as usual. */
export function FindingErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 410 && isFindingTombstone(error.data))
    return <FindingTombstone tombstone={error.data} />;
  return <GeneralErrorBoundary />;
}

/** "See the newer finding": shown on every version of a superseded finding. */
export function SupersededNotice({ supersededBy }: { supersededBy: { slug: string; title: string } | null }) {
  if (!supersededBy) return null;
  return (
    <p className="superseded-notice" role="note">
      <strong>Superseded.</strong> A newer finding replaces this one:{" "}
      <Link to={`/findings/${supersededBy.slug}`}>{supersededBy.title}</Link>
    </p>
  );
}
