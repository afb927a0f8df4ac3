import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { adminAccountsFormSchema } from "~/auth/account-forms.server";
import {
  AccountChangeRefused,
  createAccount,
  deactivateAccount,
  listAccounts,
  reactivateAccount,
  resetAccountPassword,
  setAdministrator,
  setTotpRequired,
} from "~/auth/accounts.server";
import { requireAdministrator } from "~/auth/administrator.server";
import { refuseCrossSiteRequest, requireCsrfToken } from "~/auth/csrf.server";
import { ResearcherExistsError } from "~/auth/researchers.server";
import { AccountList, CreateAccountForm, type ShownOnce } from "~/components/account/admin-accounts";
import { ErrorSummary } from "~/components/error-summary";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";

export const meta: MetaFunction = () => [{ title: "Accounts — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { researcherId } = await requireAdministrator(request);
  return { accounts: await listAccounts(), me: researcherId };
}

async function readAdminForm(request: Request) {
  refuseCrossSiteRequest(request);
  const session = await requireAdministrator(request);
  const formData = await request.formData().catch(() => {
    throw new Response("The form could not be read.", { status: 400 });
  });
  requireCsrfToken(formData, session.csrfToken);
  return { actorId: session.researcherId, formData };
}

async function carryOut(actorId: string, form: { intent: string; researcherId: string }) {
  const { intent, researcherId } = form;
  if (intent === "reset-password") {
    const { email, password, endedSessions } = await resetAccountPassword(actorId, researcherId);
    const notice = `New one-time password for ${email}; ${endedSessions} signed-in session(s) ended.`;
    return formSuccess<ShownOnce>(notice, { email, password, kind: "reset" });
  }
  const change = {
    deactivate: () => deactivateAccount(actorId, researcherId),
    reactivate: () => reactivateAccount(actorId, researcherId),
    "make-admin": () => setAdministrator(actorId, researcherId, true),
    "remove-admin": () => setAdministrator(actorId, researcherId, false),
    "require-totp": () => setTotpRequired(actorId, researcherId, true),
    "unrequire-totp": () => setTotpRequired(actorId, researcherId, false),
  }[intent];
  if (!change) throw new Response("Unknown intent.", { status: 400 });
  return formSuccess<ShownOnce | null>(await change(), null);
}

export async function action({ request }: ActionFunctionArgs) {
  const { actorId, formData } = await readAdminForm(request);
  const form = parseForm(formData, adminAccountsFormSchema, { secrets: ["password"] });
  if (!form.ok) return formFailure(form.failure);
  try {
    if (form.value.intent !== "create") return await carryOut(actorId, form.value);
    const { email, password } = form.value;
    const created = await createAccount(actorId, { email, password: password || undefined });
    const notice = `Created ${created.email}. The first sign-in must choose a new password.`;
    return formSuccess<ShownOnce>(notice, {
      email: created.email,
      password: created.password,
      kind: "created",
    });
  } catch (error) {
    if (error instanceof ResearcherExistsError) {
      return formFailure(
        { fieldErrors: { email: "An account with this e-mail already exists" }, values: form.values },
        { status: 409 },
      );
    }
    if (error instanceof AccountChangeRefused)
      return formFailure({ formError: error.message }, { status: 409 });
    throw error;
  }
}

const FIELDS = [
  { name: "email", id: "new-email" },
  { name: "password", id: "new-password" },
];

export default function AdminAccounts() {
  const { accounts, me } = useLoaderData<typeof loader>();
  const reply = useFormReply<ShownOnce | null>();
  return (
    <>
      <h1>Accounts</h1>
      <p>
        Site administrators create, deactivate and reactivate lab accounts, reset passwords and may require a
        one-time code at sign-in. Accounts are never deleted, so the audit trail keeps naming who did what.
      </p>
      <ErrorSummary problems={summaryProblems(reply, FIELDS)} />
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <CreateAccountForm reply={reply} />
      <AccountList accounts={accounts} me={me} />
    </>
  );
}
