import { storeHealth } from "~/store-health.server";

export async function loader() {
  const health = await storeHealth();
  return Response.json(
    health.ok ? { status: "ok", database: "reachable" } : { status: "unavailable", database: health.reason },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
