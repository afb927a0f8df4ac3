import type { KAnonymityReport as Report } from "../../../exports";
import { ScrollableTable } from "~/components/scrollable-table";

function sizeText(size: number | null): string {
  return size === null ? "no responses" : size.toLocaleString("en");
}

const responses = (count: number) =>
  `${count.toLocaleString("en")} ${count === 1 ? "response" : "responses"}`;

/** Local suppression in words: how many responses lose their quasi-identifiers, against the limit. */
function suppressionText(report: Report): string {
  const limit = `${(report.suppressionLimit * 100).toLocaleString("en", { maximumFractionDigits: 2 })}%`;
  const allowed = `the limit of ${limit} allows ${responses(report.maxSuppressed)}`;
  if (report.suppressed === 0) return `No response is locally suppressed (${allowed}).`;
  const their = report.suppressed === 1 ? "its" : "their";
  return `${responses(report.suppressed)} stayed in classes smaller than ${report.k} (${allowed}): all ${their} quasi-identifiers, and any score computed from one, are left empty in every file (locally suppressed); the rest of ${their} answers is kept.`;
}

/** The plan: each quasi-identifier as coarsened, or kept as answered. */
function PlanList({ report }: { report: Report }) {
  return (
    <ul>
      {report.quasiIdentifiers.map((qi) => (
        <li key={qi.id}>
          <code>{qi.id}</code>:{" "}
          {report.coarsened.find((entry) => entry.id === qi.id)?.change ?? "kept as answered"}
        </li>
      ))}
    </ul>
  );
}

/** The equivalence classes as answered and, when coarsened, after: how many, the smallest, and who is at risk. */
function ClassesTable({ report, coarsen }: { report: Report; coarsen: boolean }) {
  const { before, after } = report;
  const rows = [
    { label: "As answered", stats: before, suppressed: null },
    ...(coarsen && after ? [{ label: "After coarsening", stats: after, suppressed: report.suppressed }] : []),
  ];
  return (
    <ScrollableTable
      id="privacy-caption"
      caption={
        <>Equivalence classes among the {report.records.toLocaleString("en")} responses being exported</>
      }
    >
      <thead>
        <tr>
          <th scope="col">Data</th>
          <th scope="col">Classes</th>
          <th scope="col">Smallest class</th>
          <th scope="col">Responses in classes below k</th>
          <th scope="col">Responses locally suppressed</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, stats, suppressed }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{stats.classes.toLocaleString("en")}</td>
            <td>{sizeText(stats.smallestClass)}</td>
            <td>{stats.recordsBelowK.toLocaleString("en")}</td>
            <td>{suppressed === null ? "—" : suppressed.toLocaleString("en")}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** What the check means for the export: fine as answered, coarsened (and how), or a warning before sharing. */
function Verdict({ report, coarsen }: { report: Report; coarsen: boolean }) {
  const { k, before } = report;
  if (report.meetsK)
    return (
      <p className="notice" role="status">
        Every class has at least {k} responses: the data can be exported as answered.
      </p>
    );
  if (coarsen)
    return (
      <div className="notice" role="status">
        <p>
          {report.coarseningMeetsK
            ? `The export is coarsened so that every class has at least ${k} responses:`
            : `Even fully coarsened, a class stays below ${k} (there are fewer than ${k} responses). The export is coarsened as far as it goes:`}
        </p>
        <PlanList report={report} />
        <p>{suppressionText(report)}</p>
        <p>
          The classes after coarsening count the responses that keep their quasi-identifiers. Scores computed
          from a coarsened variable are left empty, so they cannot reveal it.
        </p>
      </div>
    );
  return (
    <p className="notice notice--placeholder" role="alert">
      <strong>Warning:</strong> the smallest class has {sizeText(before.smallestClass)}{" "}
      {before.smallestClass === 1 ? "response" : "responses"}, below k = {k};{" "}
      {before.recordsBelowK.toLocaleString("en")} responses could be singled out by their quasi-identifiers.
      Choose “Coarsened to meet k” below before sharing the data.
    </p>
  );
}

/** The k-anonymity check shown before any export: the classes as answered and, when asked for, after coarsening. */
export function KAnonymityReport({ report, coarsen }: { report: Report; coarsen: boolean }) {
  return (
    <section aria-labelledby="privacy-heading">
      <h3 id="privacy-heading">Privacy check: k-anonymity</h3>
      <p>
        Responses that share every quasi-identifier (
        {report.quasiIdentifiers.map((qi) => qi.id).join(", ") || "none in this instrument"}) form an
        equivalence class. Each class should hold at least k = {report.k} responses, so that no one can be
        picked out by these answers.
      </p>
      {report.withheld.length > 0 ? (
        <p>
          Withheld from every export, so not counted here: the identification code’s {report.withheld.length}{" "}
          elements ({report.withheld.map((qi) => qi.id).join(", ")}), quasi-identifiers stored only as keyed
          hashes.
        </p>
      ) : null}
      <ClassesTable report={report} coarsen={coarsen} />
      <Verdict report={report} coarsen={coarsen} />
    </section>
  );
}
