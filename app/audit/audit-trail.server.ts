import { prisma } from "~/db.server";
import { type PageInfo, pageInfo, pageOffset } from "~/forms/pagination";
import { AUDIT_PAGE_SIZE } from "~/limits";
import { calendarDayPlus } from "~/privacy/calendar-day.server";

/** Whose trail a page shows: one survey's (its members) or everything (administrators). */
export type AuditScope = { surveyId: string } | "everything";

export type AuditEventRow = {
  id: string;
  at: Date;
  researcherEmail: string | null;
  action: string;
  target: string;
  detail: string | null;
};

export type AuditPage = PageInfo & { events: AuditEventRow[] };

const whereOf = (scope: AuditScope) => (scope === "everything" ? {} : { surveyId: scope.surveyId });

/** One page of the trail, newest first (ties broken by id so pages never overlap). */
export async function listAuditEvents(page: number, scope: AuditScope): Promise<AuditPage> {
  const where = whereOf(scope);
  const [total, rows] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: pageOffset(page, AUDIT_PAGE_SIZE),
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        target: true,
        detail: true,
        researcher: { select: { email: true } },
      },
    }),
  ]);
  const events = rows.map(({ researcher, ...row }) => ({
    ...row,
    researcherEmail: researcher?.email ?? null,
  }));
  // A page past the end is shown empty ("no events on this page"), not moved back.
  return { events, ...pageInfo(total, page, AUDIT_PAGE_SIZE, false) };
}

/** How far back the trail pages list refused requests. */
export const REFUSED_ATTEMPTS_DAYS = 30;
const REFUSED_ATTEMPTS_SHOWN = 100;

export type RefusedAttemptRow = {
  day: string;
  researcherEmail: string;
  /** The survey's slug, or null for site-level pages (administration). */
  surveySlug: string | null;
  permission: string;
  count: number;
};

/** Refused requests of the last 30 days, counted per account, survey, missing right and day. */
export async function listRefusedAttempts(scope: AuditScope, now = new Date()): Promise<RefusedAttemptRow[]> {
  const rows = await prisma.refusedAttempt.findMany({
    where: { ...whereOf(scope), day: { gte: calendarDayPlus(-REFUSED_ATTEMPTS_DAYS, now) } },
    orderBy: [{ day: "desc" }, { count: "desc" }, { id: "asc" }],
    take: REFUSED_ATTEMPTS_SHOWN,
    select: {
      day: true,
      surveyId: true,
      permission: true,
      count: true,
      researcher: { select: { email: true } },
    },
  });
  const surveyIds = [...new Set(rows.map((row) => row.surveyId).filter((id) => id !== ""))];
  const surveys = await prisma.survey.findMany({
    where: { id: { in: surveyIds } },
    select: { id: true, slug: true },
  });
  const slugOf = new Map(surveys.map((survey) => [survey.id, survey.slug]));
  return rows.map(({ researcher, surveyId, ...row }) => ({
    ...row,
    researcherEmail: researcher.email,
    surveySlug: slugOf.get(surveyId) ?? null,
  }));
}
