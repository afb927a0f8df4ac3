import { Link } from "@remix-run/react";
import { findingTables } from "~/findings/finding-datapackage";
import type { FindingPageData } from "~/findings/finding-page-data";
import { ChartFigure } from "./chart-figure";
import { MethodsBox } from "./methods-box";
import { SupersededNotice } from "./finding-tombstone";
import { Narrative } from "./narrative";
import { displayNumber } from "./display-number";

const formatEstimate = (value: number) => displayNumber(value, { min: 2, max: 2 });

/** The headline sentence and, when there is one, its effect size with its confidence interval. */
function Headline({ headline }: { headline: FindingPageData["snapshot"]["headline"] }) {
  const { effect } = headline;
  return (
    <div className="headline" role="group" aria-label="Headline result">
      <p className="headline-sentence">{headline.sentence}</p>
      {effect ? (
        <p className="headline-effect">
          {effect.label}: <strong>{formatEstimate(effect.estimate)}</strong> (95% CI{" "}
          {formatEstimate(effect.ci95[0])} to {formatEstimate(effect.ci95[1])})
        </p>
      ) : null}
    </div>
  );
}

/** Synthetic-data banner, title, version line (with a link to a newer version), headline and summary. */
function FindingHeader({ finding }: { finding: FindingPageData }) {
  return (
    <header>
      {finding.isSynthetic ? (
        <p className="synthetic-banner" role="note">
          <strong>Synthetic demo data.</strong> These numbers come from generated respondents, not real
          people. They show what the platform publishes; they are not evidence about support work.
        </p>
      ) : null}
      <SupersededNotice supersededBy={finding.status.supersededBy} />
      <h1>{finding.title}</h1>
      <p className="finding-meta">
        Version {finding.version}, published {finding.publishedOn}
        {finding.version !== finding.latestVersion ? (
          <>
            {" "}
            · <Link to={`/findings/${finding.slug}`}>a newer version ({finding.latestVersion}) exists</Link>
          </>
        ) : null}
      </p>
      <Headline headline={finding.snapshot.headline} />
      <p className="lede">{finding.summary}</p>
    </header>
  );
}

/** The aggregate tables as CSV files and the data package that describes them. */
function DataDownloads({
  snapshot,
  filesBase,
}: {
  snapshot: FindingPageData["snapshot"];
  filesBase: string;
}) {
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Data</h2>
      <p>
        Aggregate tables only; no individual answers are published. Groups with fewer than{" "}
        {snapshot.minCellSize} respondents are left out, and so are a few larger ones where a total would give
        a small group away (each table&apos;s notes say which). Licence:{" "}
        <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. Each CSV starts with lines
        marked <code>#</code> that name its source: in R,{" "}
        <code>read.csv(file, comment.char = &quot;#&quot;)</code>; in pandas,{" "}
        <code>read_csv(file, comment=&quot;#&quot;)</code>.
      </p>
      <ul>
        {findingTables(snapshot).map((table) => (
          <li key={table.id}>
            <a href={`${filesBase}/data/${table.id}.csv`} download>
              {table.title} (CSV)
            </a>
          </li>
        ))}
        <li>
          <a href={`${filesBase}/data/datapackage.json`} download>
            Data package description (datapackage.json, Frictionless)
          </a>
        </li>
      </ul>
    </section>
  );
}

/** Every published version of the finding, this one marked as the current page. */
function VersionList({ finding }: { finding: FindingPageData }) {
  return (
    <nav aria-label="Versions of this finding">
      <h3>All versions</h3>
      <ul>
        {finding.versions.map((entry) => (
          <li key={entry.version}>
            {entry.version === finding.version ? (
              <span aria-current="page">
                Version {entry.version} ({entry.publishedOn})
              </span>
            ) : (
              <Link to={`/findings/${finding.slug}/v/${entry.version}`}>
                Version {entry.version} ({entry.publishedOn})
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** APA and BibTeX citations, the permalink of this version, and the other versions. */
function Citation({ finding }: { finding: FindingPageData }) {
  return (
    <section aria-labelledby="cite-heading" className="citation">
      <h2 id="cite-heading">Cite this finding</h2>
      <p>{finding.apa}</p>
      <details>
        <summary>BibTeX</summary>
        <pre>
          <code>{finding.bibtex}</code>
        </pre>
      </details>
      <p>
        Permalink to this version: <a href={finding.permalink}>{finding.permalink}</a>
      </p>
      {finding.versions.length > 1 ? <VersionList finding={finding} /> : null}
    </section>
  );
}

/** One published version of a finding: headline, narrative with charts, methods, downloads and citation. */
export function FindingPage({ finding }: { finding: FindingPageData }) {
  const { snapshot } = finding;
  const filesBase = `/findings/${finding.slug}/v/${finding.version}`;
  const placed = new Set(finding.narrativeParts.flatMap((part) => (part.kind === "chart" ? [part.id] : [])));
  const unplaced = snapshot.charts.filter((chart) => !placed.has(chart.id));
  return (
    <article className="finding">
      <FindingHeader finding={finding} />
      <Narrative parts={finding.narrativeParts} charts={snapshot.charts} filesBase={filesBase} />
      {unplaced.map((chart) => (
        <ChartFigure key={chart.id} chart={chart} filesBase={filesBase} />
      ))}
      <MethodsBox methods={snapshot.methods} />
      <DataDownloads snapshot={snapshot} filesBase={filesBase} />
      <Citation finding={finding} />
    </article>
  );
}
