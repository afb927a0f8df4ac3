import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireLabAction } from "~/auth/lab-action.server";
import { signOut, signOutScopeSchema } from "~/auth/sign-out.server";

// Signing out is a POST from the lab bar's buttons; a GET here has nothing to show.
export function loader() {
  return redirect("/lab");
}

export async function action({ request }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const scope = signOutScopeSchema.safeParse(formData.get("scope") ?? undefined);
  if (!scope.success) throw new Response(scope.error.issues[0]?.message, { status: 400 });
  const setCookie = await signOut(request, researcherId, scope.data);
  const notice = scope.data === "everywhere" ? "everywhere" : "1";
  return redirect(`/sign-in?signed-out=${notice}`, { headers: { "Set-Cookie": setCookie } });
}
