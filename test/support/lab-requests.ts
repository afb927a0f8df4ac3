// Helpers for calling lab loaders and actions with real Requests, as a browser would send them.
import { CSRF_FIELD_NAME } from "~/forms/csrf-field";
import { createResearcher } from "~/auth/researchers.server";
import { getLabSession, SESSION_COOKIE_NAME, startLabSession } from "~/auth/session.server";
import type { SurveyRole } from "~/auth/survey-roles";
import { prisma } from "~/db.server";

export const ORIGIN = "http://localhost";

/** "name=value" from a Set-Cookie header, ready to send back as a Cookie header. */
export function cookieFrom(setCookie: string | null): string {
  const pair = setCookie?.split(";")[0];
  if (!pair?.startsWith(`${SESSION_COOKIE_NAME}=`)) throw new Error(`no session cookie in ${setCookie}`);
  return pair;
}

/**
 * Which surveys a test researcher joins, and as what. By default they own every survey that exists
 * when they sign in (what the roles migration gave every researcher who existed before roles);
 * `role: null` leaves them a member of nothing.
 */
export type Joining = { role?: SurveyRole | null; surveyIds?: string[]; responseLevelAccess?: boolean };

/** Makes a researcher a member of surveys (all existing ones unless `surveyIds` names some). */
export async function joinSurveys(researcherId: string, joining: Joining = {}): Promise<void> {
  const role = joining.role === undefined ? "owner" : joining.role;
  if (role === null) return;
  const surveyIds =
    joining.surveyIds ?? (await prisma.survey.findMany({ select: { id: true } })).map((survey) => survey.id);
  const responseLevelAccess = joining.responseLevelAccess ?? false;
  for (const surveyId of surveyIds) {
    await prisma.surveyMembership.upsert({
      where: { surveyId_researcherId: { surveyId, researcherId } },
      create: { surveyId, researcherId, role, responseLevelAccess },
      update: { role, responseLevelAccess },
    });
  }
}

/**
 * A researcher with a signed-in session: the Cookie header and the CSRF token their forms carry, a
 * member of surveys as `joining` says (by default, owner of every survey that exists now).
 */
export async function signedInResearcher(
  email = `r-${Math.random().toString(36).slice(2)}@example.org`,
  joining: Joining = {},
) {
  const researcher = await createResearcher({ email, password: "correct horse battery staple" });
  await joinSurveys(researcher.id, joining);
  const cookie = cookieFrom(await startLabSession(researcher.id));
  const session = await getLabSession(new Request(ORIGIN, { headers: { Cookie: cookie } }));
  if (!session) throw new Error("the new session did not read back");
  return { ...researcher, cookie, csrfToken: session.csrfToken };
}

type PostOptions = { cookie?: string; csrfToken?: string; headers?: Record<string, string> };

/** A same-origin form POST (Origin and Sec-Fetch-Site as Chromium sends them) unless headers override. */
export function formPost(path: string, fields: Record<string, string>, options: PostOptions = {}): Request {
  const body = new URLSearchParams(fields);
  if (options.csrfToken !== undefined) body.set(CSRF_FIELD_NAME, options.csrfToken);
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: ORIGIN,
      "Sec-Fetch-Site": "same-origin",
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...options.headers,
    },
  });
}

/** What a loader or action produced, whether it returned or threw a Response or returned data(). */
export type Outcome = { status: number; headers: Headers; data: unknown };

export async function outcomeOf(run: () => unknown): Promise<Outcome> {
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof Response) return { status: error.status, headers: error.headers, data: null };
    throw error;
  }
  if (result instanceof Response) return { status: result.status, headers: result.headers, data: null };
  if (result && typeof result === "object" && "init" in result && "data" in result) {
    const { init, data } = result as { init?: ResponseInit | null; data: unknown };
    return { status: init?.status ?? 200, headers: new Headers(init?.headers), data };
  }
  return { status: 200, headers: new Headers(), data: result };
}
