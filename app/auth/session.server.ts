import { createCookie, redirect } from "@remix-run/node";
import { environment } from "~/env.server";
import { sessionSecret } from "~/security/session-secret.server";
import {
  createLabSession,
  csrfTokenFor,
  type ActiveLabSession,
  findActiveLabSession,
  purgeExpiredLabSessions,
  revokeLabSession,
  SESSION_ABSOLUTE_LIFETIME_MS,
  SESSION_TOKEN_PATTERN,
} from "./lab-sessions.server";
import { safeRedirectPath } from "./safe-redirect";

export const SESSION_COOKIE_NAME = "__ns_session";

let cookie: ReturnType<typeof createCookie> | undefined;

/**
 * The session cookie holds only the session's random token. It is also signed with the session
 * secret: a forged or altered cookie is refused before any database read (defence in depth; the
 * token alone is unguessable). Max-Age matches the absolute lifetime, which the server enforces too.
 */
function sessionCookie() {
  cookie ??= createCookie(SESSION_COOKIE_NAME, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: environment.NODE_ENV === "production",
    secrets: [sessionSecret()],
    maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000,
  });
  return cookie;
}

async function sessionTokenFrom(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && SESSION_TOKEN_PATTERN.test(value) ? value : null;
}

/** A signed-in researcher's session, as every lab loader and action sees it. */
export type LabSession = ActiveLabSession & {
  /** The token every lab form must echo back (app/auth/lab-action.server.ts). */
  csrfToken: string;
};

/**
 * The signed-in researcher's session, or null when the request carries none that is valid: no
 * cookie, a forged one, one that was signed out or revoked, or one past its idle or absolute expiry.
 * `now` is injectable so tests can move the clock.
 */
export async function getLabSession(request: Request, now: Date = new Date()): Promise<LabSession | null> {
  const token = await sessionTokenFrom(request);
  if (!token) return null;
  const session = await findActiveLabSession(token, now);
  return session ? { ...session, csrfToken: csrfTokenFor(token) } : null;
}

/** The signed-in researcher's id, or null when the request carries no valid session. */
export async function getResearcherId(request: Request): Promise<string | null> {
  return (await getLabSession(request))?.researcherId ?? null;
}

/** Where to send a visitor without a session: sign-in, remembering the page they wanted. */
export function signInRedirect(request: Request): Response {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(`${url.pathname}${url.search}`);
  return redirect(`/sign-in?${new URLSearchParams({ redirectTo })}`);
}

/** The one page an account that must change its password may open (docs/decisions/041). */
export const CHANGE_PASSWORD_PATH = "/lab/account";
/** The one page an account that must set up TOTP may open. */
export const TOTP_SETUP_PATH = "/lab/account/totp";

/** The path a request is for, as the gate compares it: no trailing slash, no single-fetch ".data". */
function gatedPath(request: Request): string {
  const path = new URL(request.url).pathname.replace(/\.data$/, "").replace(/\/+$/, "");
  return path === "" ? "/" : path;
}

/**
 * Where an account must go before anything else, or null: a new password after an administrator's
 * reset, then TOTP when an administrator requires it. Sign-out stays open.
 */
export function accountGateRedirect(session: ActiveLabSession, request: Request): string | null {
  const path = gatedPath(request);
  if (path === "/sign-out") return null;
  if (session.mustChangePassword) return path === CHANGE_PASSWORD_PATH ? null : CHANGE_PASSWORD_PATH;
  if (session.needsTotpSetup) return path === TOTP_SETUP_PATH ? null : TOTP_SETUP_PATH;
  return null;
}

/**
 * Returns the signed-in researcher's session or sends the visitor to sign in. Every lab loader and
 * action passes here, so this is also the one place an account is held at the page it must visit
 * first (a new password, TOTP set-up): no lab page can be reached around it.
 */
export async function requireLabSession(request: Request): Promise<LabSession> {
  const session = await getLabSession(request);
  if (!session) throw signInRedirect(request);
  const mustGo = accountGateRedirect(session, request);
  if (mustGo) throw redirect(mustGo);
  return session;
}

/** Returns the signed-in researcher's id or sends the visitor to sign in, remembering where they were going. */
export async function requireResearcherId(request: Request): Promise<string> {
  return (await requireLabSession(request)).researcherId;
}

/**
 * A Set-Cookie value for a brand-new session with a fresh random token, never one taken from the
 * request (session fixation), so its CSRF token is fresh too. The session the request's cookie
 * named, if any, is ended, and expired sessions are purged.
 */
export async function startLabSession(
  researcherId: string,
  { replacing, now = new Date() }: { replacing?: Request; now?: Date } = {},
): Promise<string> {
  await purgeExpiredLabSessions(now);
  const previousToken = replacing ? await sessionTokenFrom(replacing) : null;
  if (previousToken) await revokeLabSession(previousToken);
  return sessionCookie().serialize(await createLabSession(researcherId, now));
}

/** A Set-Cookie value that removes the session cookie from the browser. */
export function clearSessionCookie(): Promise<string> {
  return sessionCookie().serialize("", { maxAge: undefined, expires: new Date(0) });
}

/** Ends the request's session on the server and returns the Set-Cookie value that clears it in the browser. */
export async function endLabSession(request: Request): Promise<string> {
  const token = await sessionTokenFrom(request);
  if (token) await revokeLabSession(token);
  return clearSessionCookie();
}
