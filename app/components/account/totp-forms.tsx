import { Form } from "@remix-run/react";
import { CsrfInput } from "~/components/csrf-input";
import { Field } from "~/components/field";
import type { FormReplyView } from "~/forms/form-reply";

type Reply = FormReplyView<{ recoveryCodes: string[] } | null>;

export function BeginSetupForm({ expired }: { expired: boolean }) {
  return (
    <Form method="post">
      <CsrfInput />
      {expired ? <p>That set-up has expired (15 minutes) or was not yours. Start again.</p> : null}
      <button type="submit" name="intent" value="begin">
        Set up one-time codes
      </button>
    </Form>
  );
}

export function ConfirmSetupForm({
  setup,
  qrSvg,
  reply,
}: {
  setup: { pending: string; secret: string; uri: string };
  qrSvg: string;
  reply: Reply;
}) {
  return (
    <section aria-labelledby="setup-heading">
      <h2 id="setup-heading">Add Negative Space to your authenticator app</h2>
      <ol>
        <li>
          Scan this QR code with the app,
          {/* The SVG is made on the server by the qrcode package from our own URI: no user markup. */}
          <div
            className="totp-qr"
            role="img"
            aria-label="QR code of the set-up key"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
        </li>
        <li>
          or type this key into it (time-based, 6 digits, 30 seconds):{" "}
          <code className="secret" data-testid="totp-secret">
            {setup.secret}
          </code>
        </li>
        <li>then type the code the app shows, to confirm.</li>
      </ol>
      <Form
        method="post"
        action={`/lab/account/totp?${new URLSearchParams({ pending: setup.pending })}`}
        noValidate
        className="form-stack"
      >
        <CsrfInput />
        <input type="hidden" name="pending" value={setup.pending} />
        <Field id="totp-code" label="Code from the app" error={reply.fieldErrors.code}>
          {(control) => (
            <input
              {...control}
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
            />
          )}
        </Field>
        <div>
          <button type="submit" name="intent" value="confirm">
            Turn on one-time codes
          </button>
        </div>
      </Form>
    </section>
  );
}

export function RecoveryCodesShownOnce({ codes }: { codes: readonly string[] }) {
  return (
    <div className="shown-once" role="region" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Your {codes.length} recovery codes</h2>
      <p>
        <strong>Shown only this once.</strong> Keep them somewhere safe, apart from your phone. If you lose
        the app, each code signs you in once instead of a 6-digit code. Only their hashes are stored.
      </p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function DisableForm({
  account,
  reply,
}: {
  account: { totpRequired: boolean; recoveryCodesLeft: number };
  reply: Reply;
}) {
  return (
    <section aria-labelledby="disable-heading">
      <p>
        One-time codes are <strong>on</strong>. {account.recoveryCodesLeft} unused recovery code(s) left.
      </p>
      {account.totpRequired ? (
        <p>An administrator requires them for your account, so they cannot be turned off here.</p>
      ) : (
        <>
          <h2 id="disable-heading">Turn one-time codes off</h2>
          <Form method="post" noValidate className="form-stack">
            <CsrfInput />
            <Field
              id="totp-code"
              label="A current code from the app"
              hint="Or, if you no longer have the app, your password below."
              error={reply.fieldErrors.code}
            >
              {(control) => (
                <input
                  {...control}
                  name="code"
                  type="text"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                />
              )}
            </Field>
            <Field id="totp-password" label="Password" error={reply.fieldErrors.password}>
              {(control) => (
                <input {...control} name="password" type="password" autoComplete="current-password" />
              )}
            </Field>
            <div>
              <button type="submit" name="intent" value="disable" className="secondary">
                Turn off one-time codes
              </button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
