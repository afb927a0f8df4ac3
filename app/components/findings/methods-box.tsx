import type { FindingMethods } from "~/findings/finding-snapshot";

/** The AAPOR disclosure items, in the order a reviewer looks for them. */
export function MethodsBox({ methods }: { methods: FindingMethods }) {
  const { counts } = methods;
  return (
    <section className="methods-box" aria-labelledby="methods-heading">
      <h2 id="methods-heading">Methods</h2>
      <dl>
        <dt>Who ran the survey</dt>
        <dd>{methods.sponsor}</dd>
        <dt>Population and recruitment</dt>
        <dd>
          {methods.population} {methods.recruitment}
        </dd>
        <dt>Sample</dt>
        <dd>{methods.sampleType}</dd>
        <dt>Instrument</dt>
        <dd>
          {methods.instrument.title}, version {methods.instrument.version} (content hash{" "}
          <code>{methods.instrument.contentHash.slice(0, 12)}</code>).{" "}
          <a href={methods.instrument.codebookUrl}>Exact wording of every question (codebook)</a>.
        </dd>
        <dt>Fieldwork</dt>
        <dd>
          {methods.fieldwork.from === methods.fieldwork.to
            ? methods.fieldwork.from
            : `${methods.fieldwork.from} to ${methods.fieldwork.to}`}
          . {methods.mode}
        </dd>
        <dt>Respondents</dt>
        <dd>
          {counts.started !== null ? `${counts.started.toLocaleString("en")} started, ` : ""}
          {counts.completed.toLocaleString("en")} completed, {counts.analysed.toLocaleString("en")} analysed.
          {methods.subgroups.length > 0 ? (
            <ul>
              {methods.subgroups.map((group) => (
                <li key={group.label}>
                  {group.label}:{" "}
                  {group.n === null ? (group.note ?? "not shown") : `n = ${group.n.toLocaleString("en")}`}
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>Exclusions</dt>
        <dd>
          {methods.exclusions.length === 0 ? (
            "None."
          ) : (
            <ul>
              {methods.exclusions.map((exclusion) => (
                <li key={exclusion.reason}>
                  {exclusion.reason}: {exclusion.count.toLocaleString("en")} ({exclusion.rule})
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Missing data</dt>
        <dd>{methods.missingData}</dd>
        <dt>Tests</dt>
        <dd>
          <ul>
            {methods.tests.map((test) => (
              <li key={test}>{test}</li>
            ))}
          </ul>
        </dd>
        <dt>Multiple comparisons</dt>
        <dd>{methods.correction}</dd>
        <dt>Small cells</dt>
        <dd>{methods.smallCellRule}</dd>
        <dt>Limits</dt>
        <dd>
          <ul>
            {methods.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </dd>
        <dt>Reproducibility</dt>
        <dd>{methods.reproducibility}</dd>
      </dl>
    </section>
  );
}
