import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireLabAction } from "~/auth/lab-action.server";
import { endLabSession } from "~/auth/session.server";
import { recordSignOut } from "~/auth/sign-in.server";

// Signing out is a POST from the lab's sign-out button; a GET here has nothing to show.
export function loader() {
  return redirect("/lab");
}

export async function action({ request }: ActionFunctionArgs) {
  const { researcherId } = await requireLabAction(request);
  await recordSignOut(researcherId);
  return redirect("/sign-in?signed-out=1", { headers: { "Set-Cookie": await endLabSession(request) } });
}
