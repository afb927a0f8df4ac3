import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { totpFormSchema } from "~/auth/account-forms.server";
import { requireLabAction } from "~/auth/lab-action.server";
import { beginTotpSetup, confirmTotpSetup, disableTotp } from "~/auth/second-factor.server";
import { requireLabSession } from "~/auth/session.server";
import { totpPageState } from "~/auth/totp-page.server";
import {
  BeginSetupForm,
  ConfirmSetupForm,
  DisableForm,
  RecoveryCodesShownOnce,
} from "~/components/account/totp-forms";
import { ErrorSummary } from "~/components/error-summary";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure, formSuccess } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { qrCodeSvg } from "~/lab/share-link.server";

export const meta: MetaFunction = () => [{ title: "One-time codes — Negative Space lab" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { researcherId } = await requireLabSession(request);
  const state = await totpPageState(researcherId, new URL(request.url).searchParams.get("pending"));
  return { ...state, qrSvg: state.setup ? await qrCodeSvg(state.setup.uri) : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const { researcherId, formData } = await requireLabAction(request);
  const form = parseForm(formData, totpFormSchema, { secrets: ["password", "code"] });
  if (!form.ok) return formFailure(form.failure);
  const value = form.value;
  if (value.intent === "begin") {
    return redirect(`/lab/account/totp?${new URLSearchParams({ pending: beginTotpSetup(researcherId) })}`);
  }
  if (value.intent === "confirm") {
    const result = await confirmTotpSetup(researcherId, value);
    if (result.ok) return formSuccess("One-time codes are on.", { recoveryCodes: result.recoveryCodes });
    return result.problem === "expired"
      ? formFailure({ formError: "This set-up has expired. Start again for a new secret." })
      : formFailure({
          fieldErrors: { code: "That code does not match. Check the app's clock and try the next code." },
        });
  }
  const outcome = await disableTotp(researcherId, {
    code: value.code || undefined,
    password: value.password || undefined,
  });
  if (outcome === "required") {
    return formFailure(
      { formError: "An administrator requires one-time codes for your account; they stay on." },
      { status: 409 },
    );
  }
  if (outcome === "not-proven") {
    return formFailure(
      { fieldErrors: { code: "Neither the code nor the password is right" } },
      { status: 401 },
    );
  }
  return formSuccess("One-time codes are off. Signing in needs only your password.", null);
}

const FIELDS = [
  { name: "code", id: "totp-code" },
  { name: "password", id: "totp-password" },
];

export default function TotpPage() {
  const { account, setup, setupExpired, qrSvg } = useLoaderData<typeof loader>();
  const reply = useFormReply<{ recoveryCodes: string[] } | null>();
  return (
    <>
      <h1>One-time codes</h1>
      <p>
        With one-time codes on, signing in asks for your password and then a 6-digit code from an
        authenticator app (any app that supports TOTP, RFC 6238).
      </p>
      {account.totpRequired && !account.totpOn ? (
        <p className="notice notice--alarm" role="status">
          An administrator requires one-time codes for your account. Set them up to continue to the lab.
        </p>
      ) : null}
      {reply.notice ? (
        <p className="notice" role="status">
          {reply.notice}
        </p>
      ) : null}
      <ErrorSummary problems={summaryProblems(reply, FIELDS)} />
      {reply.result ? <RecoveryCodesShownOnce codes={reply.result.recoveryCodes} /> : null}
      {account.totpOn ? (
        <DisableForm account={account} reply={reply} />
      ) : setup && qrSvg ? (
        <ConfirmSetupForm setup={setup} qrSvg={qrSvg} reply={reply} />
      ) : (
        <BeginSetupForm expired={setupExpired} />
      )}
      <p className="after-form">
        <Link to="/lab/account">Back to your account</Link>
      </p>
    </>
  );
}
