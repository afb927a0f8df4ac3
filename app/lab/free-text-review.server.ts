// Free-text answers for a researcher to read before exporting, and the "hide from exports" decision
// (stored in `HiddenFreeText`, which the exports leave out, and recorded in the audit trail).
import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { instrumentVersionById } from "~/surveys/instrument-versions.server";
import { responseAnswers } from "~/surveys/stored-answers";
import { localize } from "../../instrument/localized-text";
import { answerFields } from "../../instrument/traversal";
import { type PageInfo, pageInfo, pageItems } from "~/forms/pagination";
import { QUALITY_PAGE_SIZE } from "~/limits";

export type FreeTextAnswer = {
  responseId: string;
  itemId: string;
  question: string;
  text: string;
  submittedOn: string;
  isSynthetic: boolean;
  hidden: boolean;
  /** Ids of the codebook's codes applied to this answer. */
  codeIds: string[];
};

export type FreeTextPage = PageInfo & { answers: FreeTextAnswer[]; hidden: number };

/** The survey's text items per instrument version: item id → question wording. */
export async function textItems(surveyId: string): Promise<Map<string, Map<string, string>>> {
  const versions = await prisma.instrumentVersion.findMany({ where: { surveyId }, select: { id: true } });
  const byVersion = new Map<string, Map<string, string>>();
  for (const { id } of versions) {
    const record = await instrumentVersionById(id);
    if (!record) continue;
    const fields = answerFields(record.definition).filter((field) => field.item.type === "text");
    byVersion.set(id, new Map(fields.map((field) => [field.id, localize(field.text, "en")])));
  }
  return byVersion;
}

/** Every non-empty answer to the instrument's text items, newest first. */
export async function allFreeText(surveyId: string): Promise<FreeTextAnswer[]> {
  const items = await textItems(surveyId);
  const rows = await prisma.response.findMany({
    where: { instrumentVersion: { surveyId } },
    orderBy: [{ submittedOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      instrumentVersionId: true,
      answers: true,
      submittedOn: true,
      isSynthetic: true,
      hiddenTexts: { select: { itemId: true } },
      freeTextCodings: { select: { itemId: true, codeId: true } },
    },
  });
  const all: FreeTextAnswer[] = [];
  for (const row of rows) {
    const questions = items.get(row.instrumentVersionId);
    if (!questions || questions.size === 0) continue;
    const answers = responseAnswers(row);
    const hidden = new Set(row.hiddenTexts.map((entry) => entry.itemId));
    for (const [itemId, question] of questions) {
      const text = answers[itemId];
      if (typeof text !== "string" || text.trim() === "") continue;
      all.push({
        responseId: row.id,
        itemId,
        question,
        text,
        submittedOn: row.submittedOn,
        isSynthetic: row.isSynthetic,
        hidden: hidden.has(itemId),
        codeIds: row.freeTextCodings
          .filter((coding) => coding.itemId === itemId)
          .map((coding) => coding.codeId),
      });
    }
  }
  return all;
}

/** Every non-empty answer to the instrument's text items, newest first, one page at a time. */
export async function listFreeText(surveyId: string, requestedPage: number): Promise<FreeTextPage> {
  const all = await allFreeText(surveyId);
  const info = pageInfo(all.length, requestedPage, QUALITY_PAGE_SIZE);
  return { answers: pageItems(all, info), ...info, hidden: all.filter((answer) => answer.hidden).length };
}

/**
 * One free-text answer of this survey: its response's answers and the text. Refuses (404) what is not
 * a non-empty answer to a text item of the response's instrument version.
 */
export async function requireFreeTextAnswer(surveyId: string, responseId: string, itemId: string) {
  const response = await prisma.response.findFirst({
    where: { id: responseId, instrumentVersion: { surveyId } },
    select: { id: true, instrumentVersionId: true, answers: true },
  });
  const question = response
    ? (await textItems(surveyId)).get(response.instrumentVersionId)?.get(itemId)
    : undefined;
  const answers = response ? responseAnswers(response) : undefined;
  const text = answers?.[itemId];
  if (!response || !answers || question === undefined || typeof text !== "string" || text.trim() === "")
    throw new Response("There is no such free-text answer in this survey.", { status: 404 });
  return { responseId: response.id, itemId, answers, text };
}

/** Keeps one free-text answer out of every export. Refuses (404) an answer that does not exist in this survey. */
export async function hideFreeText(
  researcherId: string,
  survey: { id: string; slug: string },
  responseId: string,
  itemId: string,
): Promise<void> {
  await requireFreeTextAnswer(survey.id, responseId, itemId);
  await prisma.hiddenFreeText.upsert({
    where: { responseId_itemId: { responseId, itemId } },
    create: { responseId, itemId, researcherId },
    update: {},
  });
  await recordAuditEvent({
    researcherId,
    action: "free-text-hidden",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail: `response ${responseId}, item ${itemId}`,
  });
}
