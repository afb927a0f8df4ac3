import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireResearcherId } from "~/auth/session.server";

// Unknown lab URLs: visitors without a session are sent to sign in (by the layout),
// signed-in researchers get a real 404.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireResearcherId(request);
  throw new Response("Not found", { status: 404 });
}

export default function LabNotFound() {
  return null;
}
