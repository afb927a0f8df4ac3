import { createCookie } from "@remix-run/node";
import { environment } from "~/env.server";
import { SECOND_FACTOR_WINDOW_MINUTES } from "~/limits";
import { sessionSecret } from "~/security/session-secret.server";

/**
 * Between a right password and the one-time code: a short-lived signed cookie naming the account,
 * its expiry and where to go after. It is not a session — nothing in the lab accepts it, and no row
 * exists for it; only the code step (/sign-in/code) reads it.
 */
const WINDOW_MS = SECOND_FACTOR_WINDOW_MINUTES * 60 * 1000;
export const PENDING_SIGN_IN_COOKIE_NAME = "__ns_sign_in_step";

let cookie: ReturnType<typeof createCookie> | undefined;
function pendingCookie() {
  cookie ??= createCookie(PENDING_SIGN_IN_COOKIE_NAME, {
    httpOnly: true,
    sameSite: "lax",
    path: "/sign-in",
    secure: environment.NODE_ENV === "production",
    secrets: [`${sessionSecret()}:pending-sign-in`],
    maxAge: WINDOW_MS / 1000,
  });
  return cookie;
}

export type PendingSignIn = { researcherId: string; redirectTo: string };

export function startPendingSignIn(pending: PendingSignIn, now = new Date()): Promise<string> {
  return pendingCookie().serialize({ ...pending, expiresAt: now.getTime() + WINDOW_MS });
}

/** The pending sign-in the request carries, or null (none, forged, or past its five minutes). */
export async function readPendingSignIn(request: Request, now = new Date()): Promise<PendingSignIn | null> {
  const value: unknown = await pendingCookie().parse(request.headers.get("Cookie"));
  if (typeof value !== "object" || value === null) return null;
  const { researcherId, redirectTo, expiresAt } = value as Record<string, unknown>;
  if (typeof researcherId !== "string" || typeof redirectTo !== "string" || typeof expiresAt !== "number") {
    return null;
  }
  return expiresAt > now.getTime() ? { researcherId, redirectTo } : null;
}

export function clearPendingSignIn(): Promise<string> {
  return pendingCookie().serialize("", { maxAge: undefined, expires: new Date(0) });
}
