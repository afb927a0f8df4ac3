import { randomBytes } from "node:crypto";
import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { prisma } from "~/db.server";
import { readEnvironment } from "~/env.server";
import { safeRedirectPath } from "./safe-redirect";
import { sessionSecret } from "./session-secret.server";

export const SESSION_COOKIE_NAME = "__ns_session";

/** A signed-in researcher's session: who they are and the token every lab form must echo back. */
type SessionData = { researcherId: string; csrfToken: string };
let storage: ReturnType<typeof createCookieSessionStorage<SessionData>> | undefined;

function sessionStorage() {
  storage ??= createCookieSessionStorage<SessionData>({
    cookie: {
      name: SESSION_COOKIE_NAME,
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: readEnvironment().NODE_ENV === "production",
      secrets: [sessionSecret()],
      maxAge: 60 * 60 * 12,
    },
  });
  return storage;
}

export type LabSession = { researcherId: string; researcherEmail: string; csrfToken: string };

/**
 * The signed-in researcher and their CSRF token, or null when the request carries no valid session
 * (no cookie, a forged one, or one whose researcher no longer exists).
 */
export async function getLabSession(request: Request): Promise<LabSession | null> {
  const session = await sessionStorage().getSession(request.headers.get("Cookie"));
  const researcherId = session.get("researcherId");
  const csrfToken = session.get("csrfToken");
  if (!researcherId || !csrfToken) return null;
  const researcher = await prisma.researcher.findUnique({
    where: { id: researcherId },
    select: { id: true, email: true },
  });
  return researcher ? { researcherId: researcher.id, researcherEmail: researcher.email, csrfToken } : null;
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

/** Returns the signed-in researcher's session or sends the visitor to sign in. */
export async function requireLabSession(request: Request): Promise<LabSession> {
  const session = await getLabSession(request);
  if (session) return session;
  throw signInRedirect(request);
}

/** Returns the signed-in researcher's id or sends the visitor to sign in, remembering where they were going. */
export async function requireResearcherId(request: Request): Promise<string> {
  return (await requireLabSession(request)).researcherId;
}

/**
 * A Set-Cookie value for a brand-new session. Deliberately built from an empty session, never from
 * the request's cookie, so nothing an attacker planted before sign-in survives it (session fixation),
 * and the CSRF token is fresh.
 */
export async function startLabSession(researcherId: string): Promise<string> {
  const session = await sessionStorage().getSession();
  session.set("researcherId", researcherId);
  session.set("csrfToken", randomBytes(32).toString("base64url"));
  return sessionStorage().commitSession(session);
}

/** A Set-Cookie value that removes the session cookie from the browser. */
export async function endLabSession(request: Request): Promise<string> {
  const session = await sessionStorage().getSession(request.headers.get("Cookie"));
  return sessionStorage().destroySession(session);
}
