import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireLabAction } from "~/auth/lab-action.server";
import { signOut, signOutFormSchema } from "~/auth/sign-out.server";
import { parseForm } from "~/forms/parse-form";

// Signing out is a POST from the lab bar's buttons; a GET here has nothing to show.
export function loader() {
  return redirect("/lab");
}

export async function action({ request }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  // The lab bar's buttons have no page to show a message on: a scope that is not one of theirs is a plain 400.
  const form = parseForm(formData, signOutFormSchema);
  if (!form.ok) throw new Response(Object.values(form.failure.fieldErrors)[0], { status: 400 });
  const { scope } = form.value;
  const setCookie = await signOut(request, researcherId, scope);
  const notice = scope === "everywhere" ? "everywhere" : "1";
  return redirect(`/sign-in?signed-out=${notice}`, { headers: { "Set-Cookie": setCookie } });
}
