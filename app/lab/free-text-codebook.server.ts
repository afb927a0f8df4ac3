// A survey's free-text codebook (docs/decisions/037-free-text-redaction-and-codes.md): qualitative
// codes the researcher creates, renames and deletes, the codes applied to each answer, and how many
// answers each code has per text item. Lab-only numbers: exact counts, no small-cell suppression.
import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { FREE_TEXT_CODES_MAX } from "~/limits";
import { requireFreeTextAnswer } from "./free-text-review.server";

export type FreeTextCode = { id: string; name: string; description: string | null };
type Survey = { id: string; slug: string };
type CodeFields = { name: string; description: string | null };

/** A refusal about the form's fields, in the words the page shows beside them. */
export type CodebookResult =
  { ok: true; notice: string } | { ok: false; field: "name" | "codeId"; message: string };

/** The survey's codes, by name (case ignored). */
export async function listCodes(surveyId: string): Promise<FreeTextCode[]> {
  const codes = await prisma.freeTextCode.findMany({
    where: { surveyId },
    select: { id: true, name: true, description: true },
  });
  return codes.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

const sameName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "accent" }) === 0;

async function nameTaken(surveyId: string, name: string, exceptId?: string): Promise<boolean> {
  const codes = await listCodes(surveyId);
  return codes.some((code) => code.id !== exceptId && sameName(code.name, name));
}

const audit = (researcherId: string, survey: Survey, detail: string) =>
  recordAuditEvent({
    researcherId,
    action: "free-text-codebook",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail,
  });

export async function createCode(
  researcherId: string,
  survey: Survey,
  fields: CodeFields,
): Promise<CodebookResult> {
  if (await nameTaken(survey.id, fields.name))
    return { ok: false, field: "name", message: `There is already a code called "${fields.name}".` };
  if ((await prisma.freeTextCode.count({ where: { surveyId: survey.id } })) >= FREE_TEXT_CODES_MAX)
    return { ok: false, field: "name", message: `A codebook holds at most ${FREE_TEXT_CODES_MAX} codes.` };
  await prisma.freeTextCode.create({ data: { surveyId: survey.id, ...fields } });
  await audit(researcherId, survey, `created code "${fields.name}"`);
  return { ok: true, notice: `The code "${fields.name}" is in the codebook.` };
}

export async function renameCode(
  researcherId: string,
  survey: Survey,
  codeId: string,
  fields: CodeFields,
): Promise<CodebookResult> {
  const code = await prisma.freeTextCode.findFirst({ where: { id: codeId, surveyId: survey.id } });
  if (!code) return { ok: false, field: "codeId", message: "That code is not in this survey's codebook." };
  if (await nameTaken(survey.id, fields.name, codeId))
    return { ok: false, field: "name", message: `There is already a code called "${fields.name}".` };
  await prisma.freeTextCode.update({ where: { id: codeId }, data: fields });
  await audit(researcherId, survey, `renamed code "${code.name}" to "${fields.name}"`);
  return { ok: true, notice: `The code "${code.name}" is now "${fields.name}".` };
}

/** Deletes a code and takes it off every answer it was applied to. */
export async function deleteCode(
  researcherId: string,
  survey: Survey,
  codeId: string,
): Promise<CodebookResult> {
  const code = await prisma.freeTextCode.findFirst({ where: { id: codeId, surveyId: survey.id } });
  if (!code) return { ok: false, field: "codeId", message: "That code is not in this survey's codebook." };
  const applied = await prisma.freeTextCoding.count({ where: { codeId } });
  await prisma.freeTextCode.delete({ where: { id: codeId } });
  await audit(researcherId, survey, `deleted code "${code.name}" (applied to ${applied} answers)`);
  return { ok: true, notice: `The code "${code.name}" is deleted; it was applied to ${applied} answers.` };
}

/** Sets an answer's codes to exactly `codeIds` (an empty list takes every code off). */
export async function tagAnswer(
  survey: Survey,
  key: { responseId: string; itemId: string },
  codeIds: readonly string[],
): Promise<CodebookResult> {
  await requireFreeTextAnswer(survey.id, key.responseId, key.itemId);
  const wanted = [...new Set(codeIds)];
  const known = await prisma.freeTextCode.findMany({ where: { surveyId: survey.id, id: { in: wanted } } });
  if (known.length !== wanted.length)
    return {
      ok: false,
      field: "codeId",
      message: "A code ticked is no longer in the codebook. Reload the page.",
    };
  await prisma.$transaction([
    prisma.freeTextCoding.deleteMany({ where: key }),
    prisma.freeTextCoding.createMany({ data: wanted.map((codeId) => ({ ...key, codeId })) }),
  ]);
  const names = known.map((code) => code.name).sort();
  return {
    ok: true,
    notice: names.length
      ? `Response ${key.responseId} (${key.itemId}) is coded ${names.join(", ")}.`
      : `Response ${key.responseId} (${key.itemId}) has no codes.`,
  };
}
