import { Form } from "@remix-run/react";
import type { AccountRow } from "~/auth/accounts.server";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import { type FormReplyView, sentValue } from "~/forms/form-reply";
import { PASSWORD_MIN_LENGTH } from "~/limits";

/** A password the page shows once: a new account's, or one an administrator just reset. */
export type ShownOnce = { email: string; password: string; kind: "created" | "reset" };

export function PasswordShownOnce({ shown }: { shown: ShownOnce }) {
  return (
    <div className="shown-once" role="region" aria-labelledby="shown-once-heading">
      <h2 id="shown-once-heading">
        {shown.kind === "created" ? "Password for the new account" : "New one-time password"}
      </h2>
      <p>
        <strong>Shown only this once.</strong> Pass it to {shown.email} privately; their next sign-in must
        choose a new password.
      </p>
      <p>
        <code className="secret">{shown.password}</code>
      </p>
    </div>
  );
}

export function CreateAccountForm({ reply }: { reply: FormReplyView<ShownOnce | null> }) {
  const typedEmail = reply.failed ? (sentValue(reply.values, "email") ?? "") : "";
  return (
    <section aria-labelledby="create-heading">
      {reply.result ? <PasswordShownOnce shown={reply.result} /> : null}
      <h2 id="create-heading">Create an account</h2>
      <Form method="post" noValidate className="form-stack">
        <CsrfInput />
        <Field id="new-email" label="E-mail address" error={reply.fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              defaultValue={typedEmail}
              // A new field after each success, so the created address does not stay typed in.
              key={reply.failed ? "typed" : (reply.notice ?? "empty")}
            />
          )}
        </Field>
        <Field
          id="new-password"
          label="Password (optional)"
          hint={`Leave empty to generate one. A typed one needs at least ${PASSWORD_MIN_LENGTH} characters.`}
          error={reply.fieldErrors.password}
        >
          {(control) => <input {...control} name="password" type="password" autoComplete="new-password" />}
        </Field>
        <div>
          <button type="submit" name="intent" value="create">
            Create account
          </button>
        </div>
      </Form>
    </section>
  );
}

function status(account: AccountRow): string {
  return [
    account.active ? "Active" : "Deactivated",
    account.isAdmin ? "administrator" : "researcher",
    account.totpOn ? "one-time code on" : "one-time code off",
    account.totpRequired ? "code required" : null,
    account.mustChangePassword ? "must choose a new password" : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

function AccountActions({ account, isMe }: { account: AccountRow; isMe: boolean }) {
  const buttons: [string, string][] = [
    account.active ? ["deactivate", "Deactivate"] : ["reactivate", "Reactivate"],
    ["reset-password", "Reset password"],
    account.isAdmin ? ["remove-admin", "Remove administrator"] : ["make-admin", "Make administrator"],
    account.totpRequired ? ["unrequire-totp", "Stop requiring a code"] : ["require-totp", "Require a code"],
  ];
  return (
    <Form method="post" className="button-row">
      <CsrfInput />
      <input type="hidden" name="researcherId" value={account.id} />
      {buttons
        .filter(([intent]) => !(isMe && intent === "deactivate"))
        .map(([intent, label]) => (
          <button
            key={intent}
            type="submit"
            name="intent"
            value={intent}
            className="secondary"
            aria-label={`${label}: ${account.email}`}
          >
            {label}
          </button>
        ))}
    </Form>
  );
}

export function AccountList({ accounts, me }: { accounts: readonly AccountRow[]; me: string }) {
  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">All accounts ({accounts.length})</h2>
      <ul className="account-list">
        {accounts.map((account) => (
          <li key={account.id}>
            <h3>
              {account.email}
              {account.id === me ? " (you)" : ""}
            </h3>
            <p>{status(account)}</p>
            <AccountActions account={account} isMe={account.id === me} />
          </li>
        ))}
      </ul>
    </section>
  );
}
