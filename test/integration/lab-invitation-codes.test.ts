// The survey overview's "Invitation codes" section: require codes, generate a batch shown once,
// count issued/used/unused. Every action needs a session and the CSRF token and is audited.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { action as overviewAction, loader as overviewLoader } from "~/routes/lab.surveys.$slug._index";
import { INVITATION_CODE_FIELD } from "~/invitations/invitation-code-field";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

type Researcher = Awaited<ReturnType<typeof signedInResearcher>>;
let researcher: Researcher;
const params = { slug: "mini" };
const post = (fields: Record<string, string>) =>
  outcomeOf(() =>
    overviewAction({
      request: formPost("/lab/surveys/mini", fields, {
        cookie: researcher.cookie,
        csrfToken: researcher.csrfToken,
      }),
      params,
      context: {},
    }),
  );
const overview = async () =>
  (
    await outcomeOf(() =>
      overviewLoader({
        request: new Request(`${ORIGIN}/lab/surveys/mini`, { headers: { Cookie: researcher.cookie } }),
        params,
        context: {},
      }),
    )
  ).data as {
    survey: { requiresInvitation: boolean };
    invitationCounts: { issued: number; used: number; unused: number };
  };

beforeEach(async () => {
  await prisma.response.deleteMany();
  await prisma.resumeDraft.deleteMany();
  await prisma.invitationCode.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  researcher = await signedInResearcher();
  await createSurvey();
});

describe("invitation codes in the lab", () => {
  it("requires and stops requiring a code, each audited", async () => {
    expect((await overview()).survey.requiresInvitation).toBe(false);
    expect((await post({ intent: "invitations-required" })).status).toBe(200);
    expect((await overview()).survey.requiresInvitation).toBe(true);
    expect((await post({ intent: "invitations-not-required" })).status).toBe(200);
    expect((await prisma.survey.findUniqueOrThrow({ where: { slug: "mini" } })).requiresInvitation).toBe(
      false,
    );
    const events = await prisma.auditEvent.findMany({
      where: { researcherId: researcher.id },
      orderBy: { at: "asc" },
    });
    expect(events.map(({ action, target, researcherId }) => ({ action, target, researcherId }))).toEqual([
      { action: "invitations-required", target: "survey:mini", researcherId: researcher.id },
      { action: "invitations-not-required", target: "survey:mini", researcherId: researcher.id },
    ]);
  });

  it("generates a batch, shows it once (list and CSV from the same answer), stores hashes and audits the count only", async () => {
    const generated = await post({ intent: "generate-codes", count: "3" });
    expect(generated.status).toBe(200);
    const codes = (generated.data as { result: { issuedCodes: string[] } }).result.issuedCodes;
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const stored = JSON.stringify(await prisma.invitationCode.findMany());
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "invitation-codes", researcherId: researcher.id },
    });
    expect(audit).toMatchObject({
      target: "survey:mini",
      detail: "3 codes generated",
      researcherId: researcher.id,
    });
    const later = await overview();
    expect(later.invitationCounts).toEqual({ issued: 3, used: 0, unused: 3 });
    for (const code of codes) {
      expect(stored).not.toContain(code.replace(/-/g, ""));
      expect(JSON.stringify(audit)).not.toContain(code);
      expect(JSON.stringify(later)).not.toContain(code); // never shown again
    }
  });

  it("counts a code used by a respondent as used", async () => {
    await post({ intent: "invitations-required" });
    const [code = ""] = (
      (await post({ intent: "generate-codes", count: "2" })).data as { result: { issuedCodes: string[] } }
    ).result.issuedCodes;
    const respondent = new RespondentBrowser();
    expect(
      (
        await respondent.post("/s/mini/p/start", [
          ["consent", "1"],
          ["adult", "1"],
          [INVITATION_CODE_FIELD, code],
        ])
      ).location,
    ).toBe("/s/mini/p/work");
    expect((await overview()).invitationCounts).toEqual({ issued: 2, used: 1, unused: 1 });
  });

  it.each([["0"], ["5001"], ["-3"], ["2.5"], ["ten"], [""], ["1e3"]])(
    "refuses %j codes with 400 and a message on the field, making none",
    async (count) => {
      const outcome = await post({ intent: "generate-codes", count });
      expect(outcome.status).toBe(400);
      // The one failure shape: the message on the field, the number as typed, and no codes (no result at all).
      expect(outcome.data).toEqual({
        status: "error",
        fieldErrors: { count: "Enter a whole number from 1 to 5,000." },
        formError: null,
        values: { intent: "generate-codes", count },
      });
      expect(await prisma.invitationCode.count()).toBe(0);
      expect(await prisma.auditEvent.count({ where: { researcherId: researcher.id } })).toBe(0);
    },
  );

  it("makes up to 5,000 at once", async () => {
    const outcome = await post({ intent: "generate-codes", count: "5000" });
    expect((outcome.data as { result: { issuedCodes: string[] } }).result.issuedCodes).toHaveLength(5000);
    expect(await prisma.invitationCode.count()).toBe(5000);
  });

  it("refuses without a session or without the CSRF token, changing nothing", async () => {
    const request = (options: { cookie?: string; csrfToken?: string }) =>
      formPost("/lab/surveys/mini", { intent: "generate-codes", count: "5" }, options);
    const anonymous = await outcomeOf(() =>
      overviewAction({ request: request({ csrfToken: researcher.csrfToken }), params, context: {} }),
    );
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in\?/);
    const noToken = await outcomeOf(() =>
      overviewAction({ request: request({ cookie: researcher.cookie }), params, context: {} }),
    );
    expect(noToken.status).toBe(403);
    const toggle = formPost(
      "/lab/surveys/mini",
      { intent: "invitations-required" },
      { cookie: researcher.cookie, csrfToken: "forged" },
    );
    expect((await outcomeOf(() => overviewAction({ request: toggle, params, context: {} }))).status).toBe(
      403,
    );
    expect(await prisma.invitationCode.count()).toBe(0);
    expect((await prisma.survey.findUniqueOrThrow({ where: { slug: "mini" } })).requiresInvitation).toBe(
      false,
    );
    expect(await prisma.auditEvent.count({ where: { researcherId: researcher.id } })).toBe(0);
  });
});
