import type { FindingMethods } from "~/findings/finding-snapshot";

function BulletList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The instrument's title, version (and the versions pooled) and content hash, and where to read every question. */
function InstrumentDetail({ instrument }: { instrument: FindingMethods["instrument"] }) {
  const pooled = instrument.pooledVersions ?? [instrument.version];
  return (
    <dd>
      {instrument.title},{" "}
      {pooled.length > 1
        ? `versions ${pooled[0]}–${pooled.at(-1)} pooled (same codes and scales), worded as version ${instrument.version}`
        : `version ${instrument.version}`}{" "}
      (content hash <code>{instrument.contentHash.slice(0, 12)}</code>).{" "}
      <a href={instrument.codebookUrl}>Exact wording of every question (codebook)</a>.
    </dd>
  );
}

/** How many started, completed and were analysed, and the size of each subgroup (or why it is not shown). */
function RespondentsDetail({ methods }: { methods: FindingMethods }) {
  const { counts } = methods;
  return (
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
  );
}

function ExclusionsDetail({ exclusions }: { exclusions: FindingMethods["exclusions"] }) {
  return (
    <dd>
      {exclusions.length === 0 ? (
        "None."
      ) : (
        <ul>
          {exclusions.map((exclusion) => (
            <li key={exclusion.reason}>
              {exclusion.reason}: {exclusion.count.toLocaleString("en")} ({exclusion.rule})
            </li>
          ))}
        </ul>
      )}
    </dd>
  );
}

/** The AAPOR disclosure items, in the order a reviewer looks for them. */
export function MethodsBox({ methods }: { methods: FindingMethods }) {
  const { fieldwork } = methods;
  const fieldworkSpan =
    fieldwork.from === fieldwork.to ? fieldwork.from : `${fieldwork.from} to ${fieldwork.to}`;
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
        <InstrumentDetail instrument={methods.instrument} />
        <dt>Fieldwork</dt>
        <dd>
          {fieldworkSpan}. {methods.mode}
        </dd>
        <dt>Respondents</dt>
        <RespondentsDetail methods={methods} />
        <dt>Exclusions</dt>
        <ExclusionsDetail exclusions={methods.exclusions} />
        <dt>Missing data</dt>
        <dd>{methods.missingData}</dd>
        <dt>Tests</dt>
        <dd>
          <BulletList items={methods.tests} />
        </dd>
        <dt>Multiple comparisons</dt>
        <dd>{methods.correction}</dd>
        <dt>Small cells</dt>
        <dd>{methods.smallCellRule}</dd>
        <dt>Limits</dt>
        <dd>
          <BulletList items={methods.caveats} />
        </dd>
        <dt>Reproducibility</dt>
        <dd>{methods.reproducibility}</dd>
      </dl>
    </section>
  );
}
