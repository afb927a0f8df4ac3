// How much of the order in which respondents' rows arrived can be read from where their cells lie in a
// database file (test/support/sqlite-pages.ts), per table and index of the respondent tables.
import Database from "better-sqlite3";
import { sampleCorrelation, sampleRankCorrelation } from "simple-statistics";
import { readSqliteFile, rowidsByOverflowPage, rowidsByPage } from "./sqlite-pages";

/** Row id → position in arrival order (0 = first), per table. */
export type ArrivalOrder = Record<string, Map<string, number>>;

export type OrderCorrelation = { measure: string; rows: number; rho: number };

const MIN_ROWS = 10;

/** The column that names a row of `table` (its primary key). */
export const keyColumnOf = (table: string) => (table === "UsedFirstPageView" ? "viewDigest" : "id");

/** Spearman's ρ between the physical sequence (pages by number, cells by offset) and arrival. */
function physicalOrder(pages: number[][]): number | null {
  const arrivals = pages.flat();
  return arrivals.length < MIN_ROWS
    ? null
    : sampleRankCorrelation(
        arrivals.map((_, position) => position),
        arrivals,
      );
}

/**
 * The same within pages only: each page's cells ranked by offset against their ranks of arrival
 * among that page's cells, pooled over pages (a stratified Spearman ρ). SQLite fills a page's
 * content area from its end as cells arrive, so this shows order that spreading rows over pages
 * by a random key hides from the sequence as a whole.
 */
function orderWithinPages(pages: number[][]): number | null {
  const positions: number[] = [];
  const arrivals: number[] = [];
  for (const page of pages.filter((cells) => cells.length > 1)) {
    const sorted = [...page].sort((a, b) => a - b);
    const middle = (page.length - 1) / 2;
    page.forEach((arrival, position) => {
      positions.push(position - middle);
      arrivals.push(sorted.indexOf(arrival) - middle);
    });
  }
  return arrivals.length < MIN_ROWS ? null : sampleCorrelation(positions, arrivals);
}

/**
 * For every table and index of the tables in `arrival` (from the file's own schema, so a new index is
 * covered without changing this), and for each table's overflow pages: ρ between physical order and
 * arrival order, over the rows whose arrival is known.
 */
export function arrivalOrderCorrelations(databaseFile: string, arrival: ArrivalOrder): OrderCorrelation[] {
  const file = readSqliteFile(databaseFile);
  const database = new Database(databaseFile, { readonly: true });
  try {
    const btrees = database
      .prepare(
        `SELECT "type", "name", "tbl_name" AS "table", "rootpage" FROM sqlite_schema WHERE "rootpage" > 0 ORDER BY "name"`,
      )
      .all() as { type: string; name: string; table: string; rootpage: number }[];
    const correlations: OrderCorrelation[] = [];
    for (const btree of btrees) {
      const ranks = arrival[btree.table];
      if (!ranks) continue;
      const rows = database
        .prepare(`SELECT "rowid", "${keyColumnOf(btree.table)}" AS "id" FROM "${btree.table}"`)
        .safeIntegers(true)
        .all() as { rowid: bigint; id: string }[];
      const rankByRowid = new Map(rows.map((row) => [row.rowid, ranks.get(row.id)]));
      const known = (rowids: bigint[]) =>
        rowids.map((rowid) => rankByRowid.get(rowid)).filter((rank) => rank !== undefined);
      const add = (measure: string, pages: number[][], correlate: (pages: number[][]) => number | null) => {
        const rho = correlate(pages);
        if (rho !== null) correlations.push({ measure, rows: pages.flat().length, rho });
      };
      const pages = rowidsByPage(file, btree.rootpage).map(known);
      add(`${btree.type} ${btree.name}`, pages, physicalOrder);
      add(`${btree.type} ${btree.name}, within pages`, pages, orderWithinPages);
      if (btree.type === "table")
        add(
          `overflow pages of ${btree.name}`,
          [known(rowidsByOverflowPage(file, btree.rootpage))],
          physicalOrder,
        );
    }
    return correlations;
  } finally {
    database.close();
  }
}

/** Measures with |ρ| at or above `threshold`, readable in a failure message. */
export const measuresAtLeast = (correlations: OrderCorrelation[], threshold: number) =>
  correlations
    .filter(({ rho }) => Math.abs(rho) >= threshold)
    .map(({ measure, rows, rho }) => `${measure} (${rows} rows): ρ = ${rho.toFixed(2)}`);
