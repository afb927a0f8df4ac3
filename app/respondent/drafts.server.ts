import { prisma } from "~/db.server";
import type { Answers } from "../../instrument/answers";
import { EMPTY_PRESENTATION, type Presentation } from "../../instrument/presentation-order";
import { calendarDay, calendarDayPlus } from "./calendar-day.server";
import { hashResumeCode } from "./resume-codes.server";

import { RESUME_CODE_TTL_DAYS } from "./limits";


export type Draft = {
  id: string;
  instrumentVersionId: string;
  answers: Answers;
  presentation: Presentation;
  pageSeconds: Record<string, number>;
  completedPages: string[];
  language: string;
  currentPageId: string | null;
  expiresOn: string;
};

type DraftRow = {
  id: string;
  instrumentVersionId: string;
  answers: string;
  presentation: string;
  pageSeconds: string;
  completedPages: string;
  language: string;
  currentPageId: string | null;
  expiresOn: string;
};

function fromRow(row: DraftRow): Draft {
  return {
    ...row,
    answers: JSON.parse(row.answers) as Answers,
    presentation: { ...EMPTY_PRESENTATION, ...(JSON.parse(row.presentation) as Partial<Presentation>) },
    pageSeconds: JSON.parse(row.pageSeconds) as Record<string, number>,
    completedPages: JSON.parse(row.completedPages) as string[],
  };
}

/** The unexpired draft for a resume code, limited to the given survey's versions. */
export async function findDraft(code: string, surveyId: string): Promise<Draft | null> {
  const row = await prisma.resumeDraft.findFirst({
    where: { tokenHash: hashResumeCode(code), expiresOn: { gte: calendarDay() }, instrumentVersion: { surveyId } },
  });
  return row ? fromRow(row) : null;
}

export type DraftContent = Pick<Draft, "answers" | "presentation" | "pageSeconds" | "completedPages" | "language" | "currentPageId">;

function serialize(content: DraftContent) {
  return {
    answers: JSON.stringify(content.answers),
    presentation: JSON.stringify(content.presentation),
    pageSeconds: JSON.stringify(content.pageSeconds),
    completedPages: JSON.stringify(content.completedPages),
    language: content.language,
    currentPageId: content.currentPageId,
    // Every save pushes expiry back, so an active respondent never loses their place.
    expiresOn: calendarDayPlus(RESUME_CODE_TTL_DAYS),
  };
}

export async function createDraft(code: string, instrumentVersionId: string, content: DraftContent): Promise<void> {
  // Expired drafts are removed whenever a new one starts: no scheduler needed.
  await prisma.$transaction([
    prisma.resumeDraft.deleteMany({ where: { expiresOn: { lt: calendarDay() } } }),
    prisma.resumeDraft.create({ data: { tokenHash: hashResumeCode(code), instrumentVersionId, ...serialize(content) } }),
  ]);
}

export async function saveDraft(draftId: string, content: DraftContent): Promise<void> {
  await prisma.resumeDraft.update({ where: { id: draftId }, data: serialize(content) });
}

export async function deleteDraft(draftId: string): Promise<void> {
  await prisma.resumeDraft.deleteMany({ where: { id: draftId } });
}
