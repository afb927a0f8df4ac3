// npm run db:maintain
// Removes arrival order from the database file now — what the server does by itself every
// ARRIVAL_ORDER_MAINTENANCE_MINUTES (default 5) when something was written: VACUUM rewrites every
// table and index in key order (random ids, so no order at all), then the WAL is emptied. Safe while
// the server runs: respondents' writes wait for it (2–6 s for 100,000 responses on a busy 2-core
// machine, more on a slow disk; docs/decisions/012), page views carry on. Needs free disk space of
// about twice the database while it runs. docs/security.md, "Arrival order".
import { environment } from "./cli-environment";
import { existsSync } from "node:fs";
import { databaseFileFromUrl, openForMaintenance, removeArrivalOrder } from "../server/arrival-order.js";

const file = databaseFileFromUrl(environment.DATABASE_URL);
if (!existsSync(file)) {
  console.error(`There is no database at ${file}; check DATABASE_URL.`);
  process.exit(2);
}
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
const connection = openForMaintenance(file);
try {
  const { seconds, bytesBefore, bytesAfter, walEmptied } = removeArrivalOrder(connection);
  console.log(
    `Rewrote ${file} in key order in ${seconds.toFixed(2)} s (${megabytes(bytesBefore)} MB before, ${megabytes(bytesAfter)} MB after).`,
  );
  if (!walEmptied) {
    console.error("The WAL could not be emptied: a reader kept an old snapshot open. Run this again.");
    process.exitCode = 1;
  }
} catch (error) {
  console.error(
    `The maintenance failed and changed nothing: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  connection.close();
}
