import { describe, expect, it } from "vitest";
import { recordAuditEvent } from "~/audit/audit.server";
import { AUDIT_PAGE_SIZE } from "~/limits";
import { prisma } from "~/db.server";
import { loader as auditLoader } from "~/routes/lab.audit";
import { ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";

const auditPage = (cookie: string, query = "") =>
  outcomeOf(() =>
    auditLoader({
      request: new Request(`${ORIGIN}/lab/audit${query}`, { headers: { Cookie: cookie } }),
      params: {},
      context: {},
    }),
  );

describe("audit trail", () => {
  it("records events and refuses actions that are not on the list", async () => {
    const researcher = await signedInResearcher();
    await recordAuditEvent({
      researcherId: researcher.id,
      action: "import",
      target: "survey:demo",
      detail: "v1",
    });
    const stored = await prisma.auditEvent.findFirstOrThrow({ where: { researcherId: researcher.id } });
    expect(stored).toMatchObject({ action: "import", target: "survey:demo", detail: "v1" });
    await expect(
      recordAuditEvent({ researcherId: researcher.id, action: "delete-everything" as "import", target: "x" }),
    ).rejects.toThrow();
  });

  it("/lab/audit lists events newest first with the researcher's e-mail, 50 to a page", async () => {
    await prisma.auditEvent.deleteMany();
    const researcher = await signedInResearcher("auditor@example.org");
    const start = Date.UTC(2026, 0, 1);
    await prisma.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, index) => ({
        researcherId: researcher.id,
        action: "export",
        target: `export-${index}`,
        at: new Date(start + index * 60_000),
      })),
    });
    await recordAuditEvent({ researcherId: null, action: "sign-in-failed", target: "lab" });

    const first = await auditPage(researcher.cookie);
    const firstPage = first.data as {
      events: { target: string; researcherEmail: string | null }[];
      pageCount: number;
    };
    expect(firstPage.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(firstPage.pageCount).toBe(2);
    expect(firstPage.events[0]).toMatchObject({ target: "lab", researcherEmail: null });
    expect(firstPage.events[1]).toMatchObject({
      target: `export-${AUDIT_PAGE_SIZE + 2}`,
      researcherEmail: "auditor@example.org",
    });

    const second = (await auditPage(researcher.cookie, "?page=2")).data as { events: { target: string }[] };
    expect(second.events.map((event) => event.target)).toEqual([
      "export-3",
      "export-2",
      "export-1",
      "export-0",
    ]);
  });

  it("answers 400 to a page number that is not a whole number from 1", async () => {
    const researcher = await signedInResearcher();
    for (const query of ["?page=0", "?page=abc", "?page=1.5"]) {
      expect((await auditPage(researcher.cookie, query)).status).toBe(400);
    }
  });
});
