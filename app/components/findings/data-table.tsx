import type { SnapshotTable } from "~/findings/finding-snapshot";
import { displayNumber } from "./display-number";

function formatCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number")
    return Number.isInteger(value)
      ? displayNumber(value, { min: 0, max: 0 })
      : displayNumber(value, { min: 1, max: 2 });
  return value;
}

/** A "show data" table: the numbers behind a chart, with suppressed cells shown as — and explained in the row's note. */
export function DataTable({ table, caption }: { table: SnapshotTable; caption: string }) {
  const captionId = `table-${table.id}-caption`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
                {column.unit ? <span className="unit"> ({column.unit})</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {table.columns.map((column, columnIndex) =>
                columnIndex === 0 ? (
                  <th key={column.key} scope="row">
                    {formatCell(row[column.key])}
                  </th>
                ) : (
                  <td key={column.key}>{formatCell(row[column.key])}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note ? <p className="table-note">{table.note}</p> : null}
    </div>
  );
}
