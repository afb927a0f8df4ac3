// Signing in through the real route, and checking that a cookie no longer opens the lab.
import { expect } from "vitest";
import { prisma } from "~/db.server";
import { getLabSession } from "~/auth/session.server";
import { loader as labLayoutLoader } from "~/routes/lab";
import { loader as surveyListLoader } from "~/routes/lab.surveys._index";
import { action as signInAction } from "~/routes/sign-in";
import { action as surveyOverviewAction } from "~/routes/lab.surveys.$slug._index";
import { cookieFrom, formPost, ORIGIN, outcomeOf } from "./lab-requests";

export type BrowserSession = { cookie: string; csrfToken: string };

/** Signs in with the sign-in form's action, as a browser would; returns the cookie and the forms' CSRF token. */
export async function signInThroughForm(email: string, password: string): Promise<BrowserSession> {
  const request = formPost("/sign-in", { email, password });
  const result = await outcomeOf(() =>
    signInAction({ request, params: {}, context: { clientAddress: "test" } }),
  );
  expect(result.status, "sign-in").toBe(302);
  const cookie = cookieFrom(result.headers.get("Set-Cookie"));
  const session = await getLabSession(new Request(ORIGIN, { headers: { Cookie: cookie } }));
  if (!session) throw new Error("the new session did not read back");
  return { cookie, csrfToken: session.csrfToken };
}

/** Reads a lab page every signed-in researcher may open: the list of their surveys. */
export const readLabPage = (cookie: string) =>
  outcomeOf(() =>
    surveyListLoader({
      request: new Request(`${ORIGIN}/lab/surveys`, { headers: { Cookie: cookie } }),
      params: {},
      context: {},
    }),
  );

/** Tries to close the survey with the copied cookie and the CSRF token the page had shown. */
export const closeSurvey = (slug: string, { cookie, csrfToken }: BrowserSession) =>
  outcomeOf(() =>
    surveyOverviewAction({
      request: formPost(`/lab/surveys/${slug}`, { intent: "close" }, { cookie, csrfToken }),
      params: { slug },
      context: {},
    }),
  );

/** The cookie works: a lab page answers 200. (So a later refusal is the revocation's doing.) */
export async function expectSignedIn(cookie: string): Promise<void> {
  expect((await readLabPage(cookie)).status).toBe(200);
}

/**
 * A replayed cookie gets the sign-in page on a lab page and on the lab layout, and a lab action
 * (closing an open survey, with the right CSRF token) is refused with nothing changed or audited.
 */
export async function expectLockedOut(session: BrowserSession, openSurveySlug: string): Promise<void> {
  const page = await readLabPage(session.cookie);
  expect(page.status).toBe(302);
  expect(page.headers.get("Location")).toBe("/sign-in?redirectTo=%2Flab%2Fsurveys");
  const layout = await outcomeOf(() =>
    labLayoutLoader({
      request: new Request(`${ORIGIN}/lab`, { headers: { Cookie: session.cookie } }),
      params: {},
      context: {},
    }),
  );
  expect(layout.headers.get("Location")).toMatch(/^\/sign-in\?/);

  const auditedBefore = await prisma.auditEvent.count();
  const action = await closeSurvey(openSurveySlug, session);
  const refused =
    action.status === 403 ||
    (action.status === 302 && action.headers.get("Location")?.startsWith("/sign-in?"));
  expect(refused, `the action answered ${action.status}`).toBe(true);
  const survey = await prisma.survey.findUniqueOrThrow({ where: { slug: openSurveySlug } });
  expect(survey.status).toBe("open");
  expect(await prisma.auditEvent.count()).toBe(auditedBefore);
}
