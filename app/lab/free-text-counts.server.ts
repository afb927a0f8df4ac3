// Counts per code per free-text item, for the page and its two downloads (code counts, and the codes
// of each answer for merging with the response-level export). Lab-only: exact counts.
import { recordAuditEvent } from "~/audit/audit.server";
import type { FreeTextFile } from "./free-text-forms";
import { type FreeTextCode, listCodes } from "./free-text-codebook.server";
import { type FreeTextAnswer, allFreeText } from "./free-text-review.server";
import { csvRecords } from "../../instrument/encode/csv";
import { attachmentResponse } from "~/security/attachment-response";

export type ItemCodeCounts = {
  itemId: string;
  question: string;
  /** Non-empty answers to the item, and those with at least one code. */
  answers: number;
  coded: number;
  counts: { code: FreeTextCode; answers: number }[];
};

/** Per text item with answers: how many answers carry each code of the codebook (zeros included). */
export function countCodes(
  answers: readonly FreeTextAnswer[],
  codes: readonly FreeTextCode[],
): ItemCodeCounts[] {
  const items = new Map<string, FreeTextAnswer[]>();
  for (const answer of answers) items.set(answer.itemId, [...(items.get(answer.itemId) ?? []), answer]);
  return [...items].map(([itemId, itemAnswers]) => ({
    itemId,
    question: itemAnswers[0]?.question ?? itemId,
    answers: itemAnswers.length,
    coded: itemAnswers.filter((answer) => answer.codeIds.length > 0).length,
    counts: codes.map((code) => ({
      code,
      answers: itemAnswers.filter((answer) => answer.codeIds.includes(code.id)).length,
    })),
  }));
}

export async function freeTextCodeCounts(surveyId: string) {
  const [answers, codes] = await Promise.all([allFreeText(surveyId), listCodes(surveyId)]);
  return { codes, items: countCodes(answers, codes) };
}

function codeCountsCsv(items: readonly ItemCodeCounts[]): string {
  const header = ["item_id", "question", "code", "description", "answers_with_code", "answers_to_item"];
  const rows = items.flatMap((item) =>
    item.counts.map(({ code, answers }) => [
      item.itemId,
      item.question,
      code.name,
      code.description,
      answers,
      item.answers,
    ]),
  );
  return csvRecords([header, ...rows]);
}

function answerCodesCsv(answers: readonly FreeTextAnswer[], codes: readonly FreeTextCode[]): string {
  const names = new Map(codes.map((code) => [code.id, code.name]));
  const rows = answers
    .flatMap((answer) =>
      answer.codeIds.map((codeId) => [answer.responseId, answer.itemId, names.get(codeId) ?? codeId]),
    )
    .sort((a, b) => a.join("\u0000").localeCompare(b.join("\u0000")));
  return csvRecords([["response_id", "item_id", "code"], ...rows]);
}

/**
 * One of the free-text page's downloads, asked for by POST (decision 014) and audited as an export.
 * Neither file holds answer text: codes and counts only.
 */
export async function freeTextDownload(
  survey: { id: string; slug: string },
  researcherId: string,
  file: FreeTextFile,
): Promise<Response> {
  const [answers, codes] = await Promise.all([allFreeText(survey.id), listCodes(survey.id)]);
  const body =
    file === "code-counts.csv" ? codeCountsCsv(countCodes(answers, codes)) : answerCodesCsv(answers, codes);
  await recordAuditEvent({
    researcherId,
    action: "export",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail: JSON.stringify({ file: `free-text-${file}`, codes: codes.length }),
  });
  return attachmentResponse({
    body,
    contentType: "text/csv; charset=utf-8",
    fileName: `${survey.slug}-free-text-${file}`,
  });
}
