import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createResearcher } from "~/auth/researchers.server";
import { getLabSession } from "~/auth/session.server";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "~/auth/sign-in-rate-limit.server";
import { action as signInAction } from "~/routes/sign-in";
import { cookieFrom, formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";

const PASSWORD = "a long and correct password";
let researcherId: string;

beforeAll(async () => {
  researcherId = (await createResearcher({ email: "ana@example.org", password: PASSWORD })).id;
});

// Each test uses its own address so the per-address limit of one test never affects another.
const signIn = (fields: Record<string, string>, clientAddress: string, cookie?: string) =>
  outcomeOf(() =>
    signInAction({
      request: formPost("/sign-in", fields, { cookie }),
      params: {},
      context: { clientAddress },
    }),
  );

const sessionOf = (setCookie: string | null) =>
  getLabSession(new Request(ORIGIN, { headers: { Cookie: cookieFrom(setCookie) } }));

describe("signing in", () => {
  it("the right e-mail (any case) and password start a session, go to redirectTo and are audited", async () => {
    const result = await signIn(
      { email: " ANA@example.org", password: PASSWORD, redirectTo: "/lab/audit?page=2" },
      "a1",
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/lab/audit?page=2");
    const setCookie = result.headers.get("Set-Cookie");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await sessionOf(setCookie))?.researcherId).toBe(researcherId);
    const events = await prisma.auditEvent.findMany({ where: { researcherId, action: "sign-in" } });
    expect(events).toHaveLength(1);
  });

  it("rotates the session: nothing from a cookie sent with the sign-in survives", async () => {
    const other = await signedInResearcher();
    const result = await signIn({ email: "ana@example.org", password: PASSWORD }, "a2", other.cookie);
    const setCookie = result.headers.get("Set-Cookie");
    expect(cookieFrom(setCookie)).not.toBe(other.cookie);
    const session = await sessionOf(setCookie);
    expect(session?.researcherId).toBe(researcherId);
    expect(session?.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(session?.csrfToken).not.toBe(other.csrfToken);
  });

  it("a wrong password or an unknown e-mail get the same 401 and message; the unknown e-mail is not stored", async () => {
    const wrongPassword = await signIn({ email: "ana@example.org", password: "nope" }, "a3");
    const unknownAccount = await signIn({ email: "ghost@example.org", password: PASSWORD }, "a3");
    for (const result of [wrongPassword, unknownAccount]) {
      expect(result.status).toBe(401);
      expect(result.headers.get("Set-Cookie")).toBeNull();
      expect(result.data).toMatchObject({
        status: "error",
        formError: "The e-mail address or password is wrong.",
        fieldErrors: {},
      });
      expect(result.data).not.toHaveProperty("values.password");
    }
    const failed = await prisma.auditEvent.findMany({ where: { action: "sign-in-failed" } });
    expect(failed.map((event) => event.researcherId).sort()).toEqual([null, researcherId].sort());
    expect(JSON.stringify(failed)).not.toContain("ghost");
  });

  it("bad input gets 400 with field-level messages", async () => {
    const result = await signIn({ email: "not-an-email", password: "" }, "a4");
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({
      status: "error",
      values: { email: "not-an-email" },
      fieldErrors: { email: expect.stringMatching(/e-mail/i), password: "Enter your password" },
    });
    // The typed e-mail comes back to fill the form again; a password never does.
    expect(result.data).not.toHaveProperty("values.password");
  });

  it(`after ${MAX_FAILURES_PER_ACCOUNT} failures the account is paused with 429, even for the right password`, async () => {
    await createResearcher({ email: "limited@example.org", password: PASSWORD });
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt += 1) {
      expect((await signIn({ email: "limited@example.org", password: "guess" }, `b${attempt}`)).status).toBe(
        401,
      );
    }
    const paused = await signIn({ email: "Limited@example.org", password: PASSWORD }, "b-other");
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(paused.data).toMatchObject({
      formError: expect.stringMatching(/too many failed sign-in attempts/i),
    });
  });

  it(`after ${MAX_FAILURES_PER_ADDRESS} failures from one address, that address is paused`, async () => {
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt += 1) {
      await signIn({ email: `guess${attempt}@example.org`, password: "guess" }, "c1");
    }
    expect((await signIn({ email: "ana@example.org", password: PASSWORD }, "c1")).status).toBe(429);
    expect((await signIn({ email: "ana@example.org", password: PASSWORD }, "c2")).status).toBe(302);
  });

  it("a cross-site sign-in post (login CSRF) is refused with 403", async () => {
    const request = formPost(
      "/sign-in",
      { email: "ana@example.org", password: PASSWORD },
      {
        headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      },
    );
    const result = await outcomeOf(() => signInAction({ request, params: {}, context: {} }));
    expect(result.status).toBe(403);
  });
});
