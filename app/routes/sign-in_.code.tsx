import {
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useNavigation } from "@remix-run/react";
import { refuseCrossSiteRequest } from "~/auth/csrf.server";
import { clearPendingSignIn, readPendingSignIn } from "~/auth/pending-sign-in.server";
import { safeRedirectPath } from "~/auth/safe-redirect";
import { startLabSession } from "~/auth/session.server";
import { clientAddressFrom } from "~/auth/sign-in-rate-limit.server";
import { attemptSecondFactor, secondFactorFormSchema } from "~/auth/sign-in.server";
import { ErrorSummary } from "~/components/error-summary";
import { Field } from "~/components/field";
import { summaryProblems } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { readFormBody } from "~/security/form-body.server";
import labStylesUrl from "~/styles/lab.css?url";

export const meta: MetaFunction = () => [{ title: "One-time code — Negative Space" }];
export const links = () => [{ rel: "stylesheet", href: labStylesUrl }];
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

const FIELDS = [{ name: "code", id: "code" }];
const START_AGAIN = "/sign-in?step=expired";

// Only the pending step's signed cookie opens this page; without one (or after five minutes) the
// password comes first again.
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await readPendingSignIn(request))) throw redirect(START_AGAIN);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  refuseCrossSiteRequest(request);
  const pending = await readPendingSignIn(request);
  if (!pending) throw redirect(START_AGAIN);
  const form = parseForm(await readFormBody(request), secondFactorFormSchema, { secrets: ["code"] });
  if (!form.ok) return formFailure(form.failure);
  const { researcherId, redirectTo } = pending;
  const result = await attemptSecondFactor({
    researcherId,
    code: form.value.code,
    clientAddress: clientAddressFrom(context),
  });
  if (result.outcome === "start-again") throw redirect(START_AGAIN);
  if (result.outcome === "rate-limited") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return formFailure(
      {
        formError: `Too many wrong codes. For your security, signing in is paused; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  if (result.outcome === "wrong-code") {
    return formFailure({ fieldErrors: { code: "That code is wrong or was already used." } }, { status: 401 });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startLabSession(researcherId, { replacing: request }));
  headers.append("Set-Cookie", await clearPendingSignIn());
  return redirect(safeRedirectPath(redirectTo), { headers });
}

export default function SignInCode() {
  const reply = useFormReply();
  const submitting = useNavigation().state === "submitting";
  return (
    <>
      <h1>Enter your one-time code</h1>
      <p>
        Your password was right. Open your authenticator app and type the 6-digit code it shows for Negative
        Space. Lost your device? Type one of your recovery codes instead; each works once.
      </p>
      <ErrorSummary problems={summaryProblems(reply, FIELDS)} />
      <Form method="post" noValidate className="form-stack">
        <Field
          id="code"
          label="Code"
          hint="6 digits from the app, or a recovery code like ABCD-EFGH-IJKL-MNOP"
          error={reply.fieldErrors.code}
        >
          {(control) => (
            <input
              {...control}
              name="code"
              type="text"
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              required
              autoFocus
            />
          )}
        </Field>
        <div>
          <button type="submit" disabled={submitting}>
            {submitting ? "Checking…" : "Sign in"}
          </button>
        </div>
      </Form>
      <p className="after-form">
        <Link to="/sign-in">Start again with your password</Link> (the code step lasts five minutes).
      </p>
    </>
  );
}
