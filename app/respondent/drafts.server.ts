import { get, insertUnordered, run } from "~/database/sql";
import { readCommitted, writeTransaction } from "~/db.server";
import { consumeInvitationCode, type InvitationRedemption } from "~/invitations/invitation-codes.server";
import { z } from "zod";
import {
  readStoredRow,
  storedAnswers,
  storedIdentificationCode,
  storedPageIds,
  storedPageSeconds,
  storedPresentation,
  storedViewCounts,
} from "~/surveys/stored-answers";
import { calendarDay, calendarDayPlus } from "~/privacy/calendar-day.server";
import { randomRowId } from "~/privacy/row-ids.server";
import type { Answers } from "../../instrument/answers";
import type { Presentation } from "../../instrument/presentation-order";
import { RESUME_CODE_TTL_DAYS } from "~/limits";
import { hashResumeCode } from "./resume-codes.server";
import { markFirstPageViewUsed } from "./used-first-page-views.server";

export type Draft = {
  id: string;
  instrumentVersionId: string;
  answers: Answers;
  presentation: Presentation;
  pageSeconds: Record<string, number>;
  completedPages: string[];
  /** Per page, how many views have been timed (page-timing.server.ts); never a clock time. */
  countedViews: Record<string, number>;
  language: string;
  currentPageId: string | null;
  expiresOn: string;
  /** The identification code's elements as keyed hashes (null: "I don't know"); never a raw answer (decision 059). */
  identificationCode: Record<string, string | null>;
};

const draftRow: z.ZodType<Draft> = z.object({
  id: z.string(),
  instrumentVersionId: z.string(),
  answers: storedAnswers,
  presentation: storedPresentation,
  pageSeconds: storedPageSeconds,
  completedPages: storedPageIds,
  countedViews: storedViewCounts,
  language: z.string(),
  currentPageId: z.string().nullable(),
  expiresOn: z.string(),
  identificationCode: storedIdentificationCode,
});

const FIND_DRAFT = `SELECT d."id", d."instrumentVersionId", d."answers", d."presentation", d."pageSeconds", d."completedPages", d."countedViews", d."language",
  d."currentPageId", d."expiresOn", d."identificationCode" FROM "ResumeDraft" d JOIN "InstrumentVersion" v ON v."id" = d."instrumentVersionId"
  WHERE d."tokenHash" = ? AND d."expiresOn" >= ? AND v."surveyId" = ?`;

/** The unexpired draft for a resume code, limited to the given survey's versions. */
export async function findDraft(code: string, surveyId: string): Promise<Draft | null> {
  const row = await readCommitted(() => get(FIND_DRAFT, hashResumeCode(code), calendarDay(), surveyId));
  return row === undefined ? null : readStoredRow("ResumeDraft", draftRow, row);
}

export type DraftContent = Pick<
  Draft,
  | "answers"
  | "presentation"
  | "pageSeconds"
  | "completedPages"
  | "countedViews"
  | "language"
  | "currentPageId"
  | "identificationCode"
>;

function serialize(content: DraftContent) {
  return {
    answers: storedAnswers.encode(content.answers),
    presentation: storedPresentation.encode(content.presentation),
    pageSeconds: storedPageSeconds.encode(content.pageSeconds),
    completedPages: storedPageIds.encode(content.completedPages),
    countedViews: storedViewCounts.encode(content.countedViews),
    language: content.language,
    currentPageId: content.currentPageId,
    identificationCode: storedIdentificationCode.encode(content.identificationCode),
    // Every save pushes expiry back, so an active respondent never loses their place.
    expiresOn: calendarDayPlus(RESUME_CODE_TTL_DAYS),
  };
}

export type DraftCreation = "created" | Exclude<InvitationRedemption, "accepted">;

/** The first page's view that starts a draft (page-timing.server.ts). */
export type FirstPageView = { pageId: string; viewDigest: string };

/**
 * Creates a new respondent's draft. With `invitation`, the code is used in the same transaction:
 * the draft is created only if the code was still unused, so two people sending one code at once
 * cannot both start. The draft keeps no trace of the code. With `firstView`, the view is marked
 * used in the same transaction; if it had started a draft already (a replayed stamp), this draft
 * gets 0 seconds for that page.
 */
export async function createDraft(
  code: string,
  instrumentVersionId: string,
  content: DraftContent,
  invitation: { surveyId: string; typed: string } | null = null,
  firstView: FirstPageView | null = null,
): Promise<DraftCreation> {
  const fields = { id: randomRowId(), tokenHash: hashResumeCode(code), instrumentVersionId };
  return writeTransaction(function* () {
    if (invitation) {
      const used = yield* consumeInvitationCode(invitation.surveyId, invitation.typed);
      if (used !== "accepted") return used;
    }
    const replayed = firstView !== null && !(yield* markFirstPageViewUsed(firstView.viewDigest));
    const pageSeconds = replayed ? { ...content.pageSeconds, [firstView.pageId]: 0 } : content.pageSeconds;
    // Expired drafts are removed whenever a new one starts: no scheduler needed.
    yield* run('DELETE FROM "ResumeDraft" WHERE "expiresOn" < ?', calendarDay());
    yield* insertUnordered("ResumeDraft", { ...fields, ...serialize({ ...content, pageSeconds }) });
    return "created" as const;
  });
}

const SAVE_DRAFT = `UPDATE "ResumeDraft" SET "answers" = ?, "presentation" = ?, "pageSeconds" = ?, "completedPages" = ?,
  "countedViews" = ?, "language" = ?, "currentPageId" = ?, "identificationCode" = ?, "expiresOn" = ? WHERE "id" = ?`;

export async function saveDraft(draftId: string, content: DraftContent): Promise<void> {
  const row = serialize(content);
  await writeTransaction(() =>
    run(
      SAVE_DRAFT,
      row.answers,
      row.presentation,
      row.pageSeconds,
      row.completedPages,
      row.countedViews,
      row.language,
      row.currentPageId,
      row.identificationCode,
      row.expiresOn,
      draftId,
    ),
  );
}

export async function deleteDraft(draftId: string): Promise<void> {
  await writeTransaction(() => run('DELETE FROM "ResumeDraft" WHERE "id" = ?', draftId));
}

/** The respondent chose another language: later pages, and the response, are in it. */
export async function setDraftLanguage(draftId: string, language: string): Promise<void> {
  await writeTransaction(() =>
    run('UPDATE "ResumeDraft" SET "language" = ? WHERE "id" = ?', language, draftId),
  );
}
