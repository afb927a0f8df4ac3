import { describe, expect, it } from "vitest";
import { recordAuditEvent } from "~/audit/audit.server";
import { recordRefusedAttempt } from "~/auth/refused-attempts.server";
import { AUDIT_PAGE_SIZE } from "~/limits";
import { prisma } from "~/db.server";
import { loader as auditLoader } from "~/routes/lab.audit";
import { loader as surveyAuditLoader } from "~/routes/lab.surveys.$slug.audit";
import { ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const get = (path: string, cookie: string) =>
  new Request(`${ORIGIN}${path}`, { headers: { Cookie: cookie } });
const auditPage = (cookie: string, query = "") =>
  outcomeOf(() => auditLoader({ request: get(`/lab/audit${query}`, cookie), params: {}, context: {} }));
const surveyAuditPage = (cookie: string, slug: string) =>
  outcomeOf(() =>
    surveyAuditLoader({ request: get(`/lab/surveys/${slug}/audit`, cookie), params: { slug }, context: {} }),
  );

async function signedInAdministrator(email?: string) {
  const researcher = await signedInResearcher(email);
  await prisma.researcher.update({ where: { id: researcher.id }, data: { isAdmin: true } });
  return researcher;
}

type PageData = { events: { target: string; researcherEmail: string | null }[]; pageCount: number };

describe("audit trail", () => {
  it("records events and refuses actions that are not on the list", async () => {
    const researcher = await signedInResearcher();
    await recordAuditEvent({ researcherId: researcher.id, action: "sign-in", target: "lab", detail: "v1" });
    const stored = await prisma.auditEvent.findFirstOrThrow({ where: { researcherId: researcher.id } });
    expect(stored).toMatchObject({ action: "sign-in", target: "lab", detail: "v1", surveyId: null });
    await expect(
      recordAuditEvent({ researcherId: researcher.id, action: "delete-everything" as "import", target: "x" }),
    ).rejects.toThrow();
  });

  it("refuses an event about a survey that does not name the survey, so no survey trail misses it", async () => {
    const researcher = await signedInResearcher();
    await expect(
      recordAuditEvent({ researcherId: researcher.id, action: "open", target: "survey:mini" }),
    ).rejects.toThrow(/must name its survey/);
    expect(await prisma.auditEvent.count({ where: { researcherId: researcher.id } })).toBe(0);
  });

  it("cannot be edited or deleted, through the client or in plain SQL", async () => {
    const researcher = await signedInResearcher();
    await recordAuditEvent({ researcherId: researcher.id, action: "sign-in", target: "lab" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { researcherId: researcher.id } });
    await expect(
      prisma.auditEvent.update({ where: { id: event.id }, data: { detail: "nothing happened" } }),
    ).rejects.toThrow();
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "detail" = 'x'`)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/cannot be deleted/);
    // An account with entries cannot be deleted either: ON DELETE SET NULL would edit its entries.
    await expect(prisma.researcher.delete({ where: { id: researcher.id } })).rejects.toThrow();
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("/lab/audit lists every event newest first with the researcher's e-mail, 50 to a page", async () => {
    const researcher = await signedInAdministrator("auditor@example.org");
    await recordAuditEvent({ researcherId: null, action: "sign-in-failed", target: "lab" });
    // Dated after everything else in this file's database, so they lead the trail.
    const start = Date.now() + 86_400_000;
    await prisma.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, index) => ({
        researcherId: researcher.id,
        action: "export",
        target: `export-${index}`,
        at: new Date(start + index * 60_000),
      })),
    });
    const total = await prisma.auditEvent.count();

    const firstPage = (await auditPage(researcher.cookie)).data as PageData;
    expect(firstPage.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(firstPage.pageCount).toBe(Math.ceil(total / AUDIT_PAGE_SIZE));
    expect(firstPage.events[0]).toMatchObject({
      target: `export-${AUDIT_PAGE_SIZE + 2}`,
      researcherEmail: "auditor@example.org",
    });
    const second = (await auditPage(researcher.cookie, "?page=2")).data as PageData;
    expect(second.events.slice(0, 3).map((event) => event.target)).toEqual([
      "export-2",
      "export-1",
      "export-0",
    ]);
    expect(second.events).toContainEqual(expect.objectContaining({ target: "lab", researcherEmail: null }));
  });

  it("/lab/audit is for administrators: a researcher gets 403 and the refusal is counted", async () => {
    const researcher = await signedInResearcher();
    expect((await auditPage(researcher.cookie)).status).toBe(403);
    expect((await auditPage(researcher.cookie)).status).toBe(403);
    expect(
      await prisma.refusedAttempt.findMany({
        where: { researcherId: researcher.id },
        select: { surveyId: true, permission: true, count: true },
      }),
    ).toEqual([{ surveyId: "", permission: "administer", count: 2 }]);
  });

  it("answers 400 to a page number that is not a whole number from 1", async () => {
    const researcher = await signedInAdministrator();
    for (const query of ["?page=0", "?page=abc", "?page=1.5"]) {
      expect((await auditPage(researcher.cookie, query)).status).toBe(400);
    }
  });
});

describe("a survey's audit trail", () => {
  it("shows its members that survey's events and refused requests, and nothing of other surveys", async () => {
    const ours = await createSurvey({ slug: "audited-ours", ownedByEveryone: false });
    const theirs = await createSurvey({ slug: "audited-theirs", ownedByEveryone: false });
    const viewer = await signedInResearcher(undefined, { role: "viewer", surveyIds: [ours.surveyId] });
    const outsider = await signedInResearcher(undefined, { role: null });
    const event = (surveyId: string, slug: string) =>
      recordAuditEvent({ researcherId: outsider.id, action: "open", target: `survey:${slug}`, surveyId });
    await event(ours.surveyId, ours.slug);
    await event(theirs.surveyId, theirs.slug);
    await recordAuditEvent({ researcherId: outsider.id, action: "sign-in", target: "lab" });
    await recordRefusedAttempt({
      researcherId: outsider.id,
      surveyId: ours.surveyId,
      permission: "membership",
    });
    await recordRefusedAttempt({
      researcherId: outsider.id,
      surveyId: theirs.surveyId,
      permission: "membership",
    });

    const page = await surveyAuditPage(viewer.cookie, ours.slug);
    expect(page.status).toBe(200);
    const data = page.data as PageData & { refused: { surveySlug: string | null; count: number }[] };
    expect(data.events.map((row) => row.target)).toEqual(["survey:audited-ours"]);
    expect(data.refused).toEqual([expect.objectContaining({ surveySlug: "audited-ours", count: 1 })]);
  });

  it("answers 404 to a researcher who is not a member, as for a survey that does not exist", async () => {
    const { slug } = await createSurvey({ slug: "audited-hidden", ownedByEveryone: false });
    const outsider = await signedInResearcher(undefined, { role: null });
    expect((await surveyAuditPage(outsider.cookie, slug)).status).toBe(404);
    expect((await surveyAuditPage(outsider.cookie, "no-such-survey")).status).toBe(404);
  });
});
