// How much of the order in which respondents' rows arrived a copy of a PostgreSQL database shows, per
// respondent table: where each row lies in the heap (ctid: page, then line pointer) and the id of the
// transaction that wrote it (xmin). Spearman's ρ against arrival, over the rows whose arrival is known.
import pg from "pg";
import { sampleRankCorrelation } from "simple-statistics";
import { UNORDERED_TABLES } from "../../server/postgres-arrival-order.js";
import type { ArrivalOrder, OrderCorrelation } from "./arrival-order-correlations";

const MIN_ROWS = 10;

type Placed = { id: string; page: number; line: number; xmin: number };

/** ρ between `values` and arrival ranks; a constant says nothing about arrival (ρ = 0). */
function rankCorrelation(values: number[], arrivals: number[]): number {
  return new Set(values).size === 1 ? 0 : sampleRankCorrelation(values, arrivals);
}

/** For every table in `arrival`: ρ of the heap order and of xmin against arrival order. */
export async function postgresArrivalOrderCorrelations(
  databaseUrl: string,
  arrival: ArrivalOrder,
): Promise<OrderCorrelation[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const correlations: OrderCorrelation[] = [];
    for (const [table, key] of Object.entries(UNORDERED_TABLES)) {
      const ranks = arrival[table];
      if (!ranks) continue;
      // ctid is "(page,line)"; xmin is a 32-bit transaction id (no wraparound on a test cluster).
      const { rows } = await client.query<Placed>(
        `SELECT "${key}" AS id, (ctid::text::point)[0]::int AS page, (ctid::text::point)[1]::int AS line,
                xmin::text::bigint AS xmin FROM "${table}"`,
      );
      const known = rows
        .filter((row) => ranks.has(row.id))
        .sort((a, b) => a.page - b.page || a.line - b.line);
      if (known.length < MIN_ROWS) continue;
      const arrivals = known.map((row) => ranks.get(row.id) ?? 0);
      const heap = rankCorrelation(
        known.map((_, position) => position),
        arrivals,
      );
      const xmin = rankCorrelation(
        known.map((row) => Number(row.xmin)),
        arrivals,
      );
      correlations.push({ measure: `heap order of ${table}`, rows: known.length, rho: heap });
      correlations.push({ measure: `xmin of ${table}`, rows: known.length, rho: xmin });
    }
    return correlations;
  } finally {
    await client.end();
  }
}
