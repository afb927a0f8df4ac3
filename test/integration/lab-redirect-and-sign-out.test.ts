import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createResearcher } from "~/auth/researchers.server";
import { action as signInAction, loader as signInLoader } from "~/routes/sign-in";
import { action as signOutAction } from "~/routes/sign-out";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";

const PASSWORD = "a long and correct password";

beforeAll(async () => {
  await createResearcher({ email: "ana@example.org", password: PASSWORD });
});

const signIn = (fields: Record<string, string>) =>
  outcomeOf(() => signInAction({ request: formPost("/sign-in", fields), params: {}, context: {} }));

// The rules themselves: test/unit/security/safe-redirect.test.ts. Here: the sign-in route applies them.
const HOSTILE_DESTINATIONS = [
  "/.//evil.example/x",
  "//evil.example",
  "/\\evil.example",
  "/%2F/evil.example",
  "/lab/..//evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
];

describe("redirectTo", () => {
  it.each(HOSTILE_DESTINATIONS)("%s is replaced by /lab on the page and in its form", async (hostile) => {
    const url = `${ORIGIN}/sign-in?${new URLSearchParams({ redirectTo: hostile })}`;
    const page = await outcomeOf(() => signInLoader({ request: new Request(url), params: {}, context: {} }));
    expect(page.data).toMatchObject({ redirectTo: "/lab" });
  });

  it.each(HOSTILE_DESTINATIONS)(
    "%s: a signed-in researcher visiting /sign-in goes to /lab",
    async (hostile) => {
      const { cookie } = await signedInResearcher();
      const url = `${ORIGIN}/sign-in?${new URLSearchParams({ redirectTo: hostile })}`;
      const request = new Request(url, { headers: { Cookie: cookie } });
      const result = await outcomeOf(() => signInLoader({ request, params: {}, context: {} }));
      expect(result.status).toBe(302);
      expect(result.headers.get("Location")).toBe("/lab");
    },
  );

  it.each(HOSTILE_DESTINATIONS)("%s: a direct sign-in POST goes to /lab", async (hostile) => {
    const result = await signIn({ email: "ana@example.org", password: PASSWORD, redirectTo: hostile });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/lab");
  });

  it("a same-site destination is kept, from the page and from the POST", async () => {
    const { cookie } = await signedInResearcher();
    const request = new Request(`${ORIGIN}/sign-in?redirectTo=/lab/audit%3Fpage%3D2`, {
      headers: { Cookie: cookie },
    });
    const visit = await outcomeOf(() => signInLoader({ request, params: {}, context: {} }));
    expect(visit.headers.get("Location")).toBe("/lab/audit?page=2");
    const post = await signIn({
      email: "ana@example.org",
      password: PASSWORD,
      redirectTo: "/lab/surveys/demo?tab=x",
    });
    expect(post.headers.get("Location")).toBe("/lab/surveys/demo?tab=x");
  });
});

describe("signing out", () => {
  it("clears the cookie, is audited and needs the CSRF token", async () => {
    const researcher = await signedInResearcher();
    const refused = await outcomeOf(() =>
      signOutAction({
        request: formPost("/sign-out", {}, { cookie: researcher.cookie }),
        params: {},
        context: {},
      }),
    );
    expect(refused.status).toBe(403);

    const request = formPost("/sign-out", {}, { cookie: researcher.cookie, csrfToken: researcher.csrfToken });
    const result = await outcomeOf(() => signOutAction({ request, params: {}, context: {} }));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/sign-in?signed-out=1");
    expect(result.headers.get("Set-Cookie")).toMatch(/__ns_session=;.*Expires=Thu, 01 Jan 1970/);
    const events = await prisma.auditEvent.findMany({
      where: { researcherId: researcher.id },
      select: { action: true },
    });
    expect(events).toEqual([{ action: "sign-out" }]);
  });
});
