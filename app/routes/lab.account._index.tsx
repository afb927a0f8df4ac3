import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { changePasswordFormSchema } from "~/auth/account-forms.server";
import { requireLabAction } from "~/auth/lab-action.server";
import { changeOwnPassword, ownAccount } from "~/auth/own-account.server";
import { requireLabSession } from "~/auth/session.server";
import { CsrfInput } from "~/components/csrf-input";
import { ErrorSummary } from "~/components/error-summary";
import { Field } from "~/components/field";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { PASSWORD_MIN_LENGTH } from "~/limits";

export const meta: MetaFunction = () => [{ title: "Your account — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { researcherId } = await requireLabSession(request);
  const changed = new URL(request.url).searchParams.get("password") === "changed";
  return { ...(await ownAccount(researcherId)), changed };
}

const SECRETS = ["currentPassword", "newPassword", "confirmPassword"];

export async function action({ request }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const form = parseForm(formData, changePasswordFormSchema, { secrets: SECRETS });
  if (!form.ok) return formFailure(form.failure);
  const cookie = await changeOwnPassword(request, researcherId, form.value);
  if (!cookie) {
    return formFailure(
      { fieldErrors: { currentPassword: "That is not your current password" } },
      { status: 401 },
    );
  }
  // A fresh session (and CSRF token) for this browser; every other one has ended. A redirect, so the
  // page is drawn with the new cookie (the request's own session is gone).
  return redirect("/lab/account?password=changed", { headers: { "Set-Cookie": cookie } });
}

const FIELDS = [
  { name: "currentPassword", id: "current-password" },
  { name: "newPassword", id: "new-password" },
  { name: "confirmPassword", id: "confirm-password" },
];

function PasswordField({
  id,
  name,
  label,
  error,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
}) {
  const autoComplete = name === "currentPassword" ? "current-password" : "new-password";
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => <input {...control} name={name} type="password" autoComplete={autoComplete} required />}
    </Field>
  );
}

function TotpStatus({ account }: { account: Awaited<ReturnType<typeof loader>> }) {
  return (
    <>
      <h2>One-time codes (two-step sign-in)</h2>
      <p>
        {account.totpOn
          ? `On: signing in asks for a code from your authenticator app. ${account.recoveryCodesLeft} unused recovery code(s) left.`
          : account.totpRequired
            ? "Required by an administrator, not yet set up."
            : "Off: signing in needs only your password."}
      </p>
      {account.mustChangePassword ? null : (
        <p>
          <Link to="/lab/account/totp">
            {account.totpOn ? "Manage one-time codes" : "Set up one-time codes"}
          </Link>
        </p>
      )}
    </>
  );
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{account.email}</strong>
        {account.isAdmin ? ", a site administrator" : ""}.
      </p>
      {account.mustChangePassword ? (
        <p className="notice notice--alarm" role="status">
          Your password was set by an administrator. Choose a new one before you continue.
        </p>
      ) : null}
      {account.changed && !reply.failed ? (
        <p className="notice" role="status">
          Your password is changed. Every other session has ended.
        </p>
      ) : null}
      <ErrorSummary problems={summaryProblems(reply, FIELDS)} />
      <h2>Change your password</h2>
      <Form method="post" noValidate className="form-stack">
        <CsrfInput />
        <PasswordField
          id="current-password"
          name="currentPassword"
          label="Current password"
          error={reply.fieldErrors.currentPassword}
        />
        <PasswordField
          id="new-password"
          name="newPassword"
          label="New password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A passphrase of several words is easy to type and hard to guess.`}
          error={reply.fieldErrors.newPassword}
        />
        <PasswordField
          id="confirm-password"
          name="confirmPassword"
          label="New password again"
          error={reply.fieldErrors.confirmPassword}
        />
        <div>
          <button type="submit">Change password</button>
        </div>
      </Form>
      <TotpStatus account={account} />
    </>
  );
}
