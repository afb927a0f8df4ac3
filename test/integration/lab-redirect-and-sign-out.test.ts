import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createResearcher } from "~/auth/researchers.server";
import { safeRedirectTo } from "~/auth/sign-in.server";
import { action as signInAction, loader as signInLoader } from "~/routes/sign-in";
import { action as signOutAction } from "~/routes/sign-out";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";

const PASSWORD = "a long and correct password";

beforeAll(async () => {
  await createResearcher({ email: "ana@example.org", password: PASSWORD });
});

const signIn = (fields: Record<string, string>) =>
  outcomeOf(() => signInAction({ request: formPost("/sign-in", fields), params: {}, context: {} }));

describe("redirectTo", () => {
  it("honours only same-site relative paths", () => {
    expect(safeRedirectTo("/lab/surveys?x=1#top")).toBe("/lab/surveys?x=1#top");
    for (const hostile of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "https://evil.example",
      "lab",
      "",
      null,
    ]) {
      expect(safeRedirectTo(hostile)).toBe("/lab");
    }
  });

  it("is sanitised by the sign-in page and its action", async () => {
    const page = await outcomeOf(() =>
      signInLoader({
        request: new Request(`${ORIGIN}/sign-in?redirectTo=//evil.example`),
        params: {},
        context: {},
      }),
    );
    expect(page.data).toMatchObject({ redirectTo: "/lab" });
    const result = await signIn({
      email: "ana@example.org",
      password: PASSWORD,
      redirectTo: "https://evil.example/",
    });
    expect(result.headers.get("Location")).toBe("/lab");
  });

  it("a signed-in researcher visiting /sign-in goes straight on", async () => {
    const { cookie } = await signedInResearcher();
    const request = new Request(`${ORIGIN}/sign-in?redirectTo=/lab/audit`, { headers: { Cookie: cookie } });
    const result = await outcomeOf(() => signInLoader({ request, params: {}, context: {} }));
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/lab/audit");
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
