import {
  data,
  redirect,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { refuseCrossSiteRequest } from "~/auth/csrf.server";
import { getResearcherId, startLabSession } from "~/auth/session.server";
import { clientAddressFrom } from "~/auth/sign-in-rate-limit.server";
import { safeRedirectPath } from "~/auth/safe-redirect";
import { attemptSignIn, signInFormSchema } from "~/auth/sign-in.server";
import { ErrorSummary, FieldError, type FormProblem } from "~/components/error-summary";
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

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"));
  if (await getResearcherId(request)) throw redirect(redirectTo);
  const signedOut = url.searchParams.get("signed-out");
  return {
    redirectTo,
    signedOut: signedOut === null ? null : signedOut === "everywhere" ? "everywhere" : "here",
  };
}

type FieldErrors = { email?: string; password?: string };
const failure = (
  status: number,
  email: string,
  fieldErrors: FieldErrors,
  formError?: string,
  headers?: HeadersInit,
) => data({ email, fieldErrors, formError: formError ?? null }, { status, headers });

// Login CSRF is stopped by the Origin / Sec-Fetch-Site check (docs/decisions/004-lab-sessions-and-csrf.md).
export async function action({ request, context }: ActionFunctionArgs) {
  refuseCrossSiteRequest(request);
  const form = Object.fromEntries(await readFormBody(request));
  const typedEmail = typeof form.email === "string" ? form.email : "";
  const parsed = signInFormSchema.safeParse(form);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return failure(400, typedEmail, { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] });
  }
  const { email, password, redirectTo } = parsed.data;
  const result = await attemptSignIn({ email, password, clientAddress: clientAddressFrom(context) });
  if (result.outcome === "rate-limited") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    const message = `Too many failed sign-in attempts. For your security, signing in is paused; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
    return failure(429, typedEmail, {}, message, { "Retry-After": String(result.retryAfterSeconds) });
  }
  if (result.outcome === "wrong-credentials") return failure(401, typedEmail, {}, WRONG_CREDENTIALS);
  const cookie = await startLabSession(result.researcherId, { replacing: request });
  return redirect(safeRedirectPath(redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function SignIn() {
  const { redirectTo, signedOut } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === "submitting";
  const passwordInput = useRef<HTMLInputElement>(null);
  // A refused password is never shown again: cleared after each attempt, as a page reload would.
  useEffect(() => {
    if (result && passwordInput.current) passwordInput.current.value = "";
  }, [result]);
  const errors = result?.fieldErrors ?? {};
  const problems: FormProblem[] = [
    ...(errors.email ? [{ fieldId: "email", message: errors.email }] : []),
    ...(errors.password ? [{ fieldId: "password", message: errors.password }] : []),
    ...(result?.formError ? [{ fieldId: "email", message: result.formError }] : []),
  ];

  return (
    <>
      <h1>Researcher sign-in</h1>
      <p>
        The research lab is for the researchers who run Negative Space surveys. Respondents never need an
        account.
      </p>
      {signedOut && !result ? (
        <p className="notice" role="status">
          {signedOut === "everywhere"
            ? "You have signed out on every device and browser."
            : "You have signed out."}
        </p>
      ) : null}
      <ErrorSummary problems={problems} />
      <Form method="post" noValidate className="form-stack">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <div className="field">
          <label htmlFor="email">E-mail address</label>
          <FieldError id="email-error" message={errors.email} />
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            defaultValue={result?.email ?? ""}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "email-error" : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <FieldError id="password-error" message={errors.password} />
          <input
            ref={passwordInput}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? "password-error" : undefined}
          />
        </div>
        <div>
          <button type="submit" disabled={submitting}>
            {submitting ? "Signing in…" : "Sign in"}
          </button>
        </div>
      </Form>
      <p>
        Accounts are created by whoever runs this server, with <code>npm run lab:add-researcher</code>.
      </p>
    </>
  );
}
