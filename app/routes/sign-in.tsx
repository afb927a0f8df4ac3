import {
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { refuseCrossSiteRequest } from "~/auth/csrf.server";
import { startPendingSignIn } from "~/auth/pending-sign-in.server";
import { getResearcherId, startLabSession } from "~/auth/session.server";
import { clientAddressFrom } from "~/auth/sign-in-rate-limit.server";
import { safeRedirectPath } from "~/auth/safe-redirect";
import { attemptSignIn, signInFormSchema } from "~/auth/sign-in.server";
import { ErrorSummary } from "~/components/error-summary";
import { Field } from "~/components/field";
import { type FormReplyView, sentValue, summaryProblems } from "~/forms/form-reply";
import { formFailure } from "~/forms/form-reply.server";
import { parseForm } from "~/forms/parse-form";
import { useFormReply } from "~/forms/use-form-reply";
import { readFormBody } from "~/security/form-body.server";
import labStylesUrl from "~/styles/lab.css?url";

export const meta: MetaFunction = () => [{ title: "Researcher sign-in — Negative Space" }];
export const links = () => [{ rel: "stylesheet", href: labStylesUrl }];
// Remix passes only cookies from an action to the page by default; a paused sign-in also says when to retry.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

const WRONG_CREDENTIALS = "The e-mail address or password is wrong.";
const FIELDS = [
  { name: "email", id: "email" },
  { name: "password", id: "password" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"));
  if (await getResearcherId(request)) throw redirect(redirectTo);
  const signedOut = url.searchParams.get("signed-out");
  return {
    redirectTo,
    signedOut: signedOut === null ? null : signedOut === "everywhere" ? "everywhere" : "here",
    codeStepExpired: url.searchParams.get("step") === "expired",
  };
}

// Login CSRF is stopped by the Origin / Sec-Fetch-Site check (docs/decisions/004-lab-sessions-and-csrf.md).
export async function action({ request, context }: ActionFunctionArgs) {
  refuseCrossSiteRequest(request);
  const form = parseForm(await readFormBody(request), signInFormSchema, { secrets: ["password"] });
  if (!form.ok) return formFailure(form.failure);
  const { email, password, redirectTo } = form.value;
  const result = await attemptSignIn({ email, password, clientAddress: clientAddressFrom(context) });
  if (result.outcome === "rate-limited") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    const message = `Too many failed sign-in attempts. For your security, signing in is paused; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
    return formFailure(
      { formError: message, values: form.values },
      { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
    );
  }
  if (result.outcome === "wrong-credentials")
    return formFailure({ formError: WRONG_CREDENTIALS, values: form.values }, { status: 401 });
  if (result.outcome === "second-factor") {
    const pending = { researcherId: result.researcherId, redirectTo: safeRedirectPath(redirectTo) };
    return redirect("/sign-in/code", { headers: { "Set-Cookie": await startPendingSignIn(pending) } });
  }
  const cookie = await startLabSession(result.researcherId, { replacing: request });
  return redirect(safeRedirectPath(redirectTo), { headers: { "Set-Cookie": cookie } });
}

/** E-mail and password; a refused password is never shown again, cleared after each attempt as a reload would. */
function SignInForm({ redirectTo, reply }: { redirectTo: string; reply: FormReplyView }) {
  const submitting = useNavigation().state === "submitting";
  const passwordInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (reply.failed && passwordInput.current) passwordInput.current.value = "";
  }, [reply]);
  return (
    <Form method="post" noValidate className="form-stack">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <Field id="email" label="E-mail address" error={reply.fieldErrors.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            defaultValue={sentValue(reply.values, "email") ?? ""}
          />
        )}
      </Field>
      <Field id="password" label="Password" error={reply.fieldErrors.password}>
        {(control) => (
          <input
            {...control}
            ref={passwordInput}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        )}
      </Field>
      <div>
        <button type="submit" disabled={submitting}>
          {submitting ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </Form>
  );
}

export default function SignIn() {
  const { redirectTo, signedOut, codeStepExpired } = useLoaderData<typeof loader>();
  const reply = useFormReply();
  return (
    <>
      <h1>Researcher sign-in</h1>
      <p>
        The research lab is for the researchers who run Negative Space surveys. Respondents never need an
        account.
      </p>
      {signedOut && !reply.failed ? (
        <p className="notice" role="status">
          {signedOut === "everywhere"
            ? "You have signed out on every device and browser."
            : "You have signed out."}
        </p>
      ) : null}
      {codeStepExpired && !reply.failed ? (
        <p className="notice" role="status">
          The one-time code step has ended. Sign in with your password again.
        </p>
      ) : null}
      <ErrorSummary problems={summaryProblems(reply, FIELDS, "email")} />
      <SignInForm redirectTo={redirectTo} reply={reply} />
      <p>
        Accounts are created by a site administrator (in the lab, under Accounts) or by whoever runs this
        server, with <code>npm run lab:add-researcher</code>.
      </p>
    </>
  );
}
