import type { KAnonymityReport as Report } from "../../../instrument/exports";

function sizeText(size: number | null): string {
  return size === null ? "no responses" : size.toLocaleString("en");
}

/** The k-anonymity check shown before any export: the classes as answered and, when asked for, after coarsening. */
export function KAnonymityReport({ report, coarsen }: { report: Report; coarsen: boolean }) {
  const { k, before, after } = report;
  const rows = [
    { label: "As answered", stats: before },
    ...(coarsen && after ? [{ label: "After coarsening", stats: after }] : []),
  ];
  return (
    <section aria-labelledby="privacy-heading">
      <h3 id="privacy-heading">Privacy check: k-anonymity</h3>
      <p>
        Responses that share every quasi-identifier (
        {report.quasiIdentifiers.map((qi) => qi.id).join(", ") || "none in this instrument"}) form an
        equivalence class. Each class should hold at least k = {k} responses, so that no one can be picked out
        by these answers.
      </p>
      <div className="table-scroll" role="region" aria-labelledby="privacy-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="privacy-caption">
            Equivalence classes among the {report.records.toLocaleString("en")} responses being exported
          </caption>
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Classes</th>
              <th scope="col">Smallest class</th>
              <th scope="col">Responses in classes below k</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, stats }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{stats.classes.toLocaleString("en")}</td>
                <td>{sizeText(stats.smallestClass)}</td>
                <td>{stats.recordsBelowK.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.meetsK ? (
        <p className="notice" role="status">
          Every class has at least {k} responses: the data can be exported as answered.
        </p>
      ) : coarsen ? (
        <div className="notice" role="status">
          <p>
            {report.coarseningMeetsK
              ? `The export is coarsened so that every class has at least ${k} responses:`
              : `Even fully coarsened, a class stays below ${k} (there are fewer than ${k} responses). The export is coarsened as far as it goes:`}
          </p>
          <ul>
            {report.coarsened.map((entry) => (
              <li key={entry.id}>
                <code>{entry.id}</code>: {entry.change}
              </li>
            ))}
          </ul>
          <p>Scores computed from a coarsened variable are left empty, so they cannot reveal it.</p>
        </div>
      ) : (
        <p className="notice notice--placeholder" role="alert">
          <strong>Warning:</strong> the smallest class has {sizeText(before.smallestClass)}{" "}
          {before.smallestClass === 1 ? "response" : "responses"}, below k = {k};{" "}
          {before.recordsBelowK.toLocaleString("en")} responses could be singled out by their
          quasi-identifiers. Choose “Coarsened to meet k” below before sharing the data.
        </p>
      )}
    </section>
  );
}
