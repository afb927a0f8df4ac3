import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { prisma } from "~/db.server";
import { readEnvironment } from "~/env.server";
import { sessionSecret } from "./session-secret.server";

export const SESSION_COOKIE_NAME = "__ns_session";

type SessionData = { researcherId: string };
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

/** The signed-in researcher's id, or null when the request carries no valid session. */
export async function getResearcherId(request: Request): Promise<string | null> {
  const session = await sessionStorage().getSession(request.headers.get("Cookie"));
  const researcherId = session.get("researcherId");
  if (!researcherId) return null;
  const researcher = await prisma.researcher.findUnique({ where: { id: researcherId }, select: { id: true } });
  return researcher?.id ?? null;
}

/** Returns the signed-in researcher's id or sends the visitor to sign in, remembering where they were going. */
export async function requireResearcherId(request: Request): Promise<string> {
  const researcherId = await getResearcherId(request);
  if (researcherId) return researcherId;
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  throw redirect(`/sign-in?${new URLSearchParams({ redirectTo })}`);
}
