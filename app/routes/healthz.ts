import { isDatabaseReachable } from "~/db.server";

export async function loader() {
  const databaseReachable = await isDatabaseReachable();
  return Response.json(
    { status: databaseReachable ? "ok" : "unavailable", database: databaseReachable ? "reachable" : "unreachable" },
    { status: databaseReachable ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
