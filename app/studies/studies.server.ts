import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { environment, type Environment } from "~/env.server";
import type { CreateStudyForm } from "./study-forms";
import { createStudyKey, type StudyKeyResult, studyKeysDirectory } from "./study-keys.server";
import { refuse, type StudyRefusal } from "./study-refusal";

/**
 * Who asks: a study is seen by administrators, by members of one of its waves' surveys, and by everyone while it
 * has no wave yet (decision 060).
 */
export type StudyViewer = { researcherId: string; isAdmin: boolean };

/** The `where` that keeps a researcher to the studies they may see. */
export function visibleStudies(viewer: StudyViewer) {
  if (viewer.isAdmin) return {};
  const memberOfAWave = { survey: { memberships: { some: { researcherId: viewer.researcherId } } } };
  // A study without waves holds nothing but its title: every researcher may see it, to add its first wave.
  return { OR: [{ waves: { none: {} } }, { waves: { some: memberOfAWave } }] };
}

/**
 * Creates a study and its linking key, or neither: a study without a key could never store a code. Only
 * administrators create studies (the route checks). Audited.
 */
export async function createStudy(
  researcherId: string,
  form: CreateStudyForm,
  keys: Environment = environment,
): Promise<{ ok: true; slug: string } | StudyRefusal> {
  const folder = studyKeysDirectory(keys);
  if (!folder.ok) return refuse(null, `The study was not created. ${folder.message}`);
  const taken = await prisma.study.findUnique({ where: { slug: form.slug }, select: { id: true } });
  if (taken) return refuse("slug", "A study with this address already exists. Choose another.");
  const study = await prisma.study.create({ data: form, select: { id: true, slug: true } });
  const key = writeStudyKey(study.id, keys);
  if (!key.ok) {
    await prisma.study.delete({ where: { id: study.id } });
    return refuse(null, `The study was not created: its linking key could not be written. ${key.message}`);
  }
  await recordAuditEvent({
    researcherId,
    action: "study-created",
    target: `study:${study.slug}`,
    detail: form.title,
  });
  return { ok: true, slug: study.slug };
}

/** The key, or why it could not be written (a folder that is not one, or not writable, throws in Node). */
function writeStudyKey(studyId: string, keys: Environment): StudyKeyResult {
  try {
    return createStudyKey(studyId, keys);
  } catch (error) {
    return { ok: false, message: `STUDY_KEYS_DIR cannot hold it: ${(error as Error).message}.` };
  }
}

export type StudyRow = {
  slug: string;
  title: string;
  waves: number;
  /** complete responses to the waves whose surveys the viewer is a member of, synthetic ones left out */
  responses: number;
  syntheticResponses: number;
};

/** The studies the researcher may see, newest first, with counts from the waves they may see. */
export async function listStudies(viewer: StudyViewer): Promise<StudyRow[]> {
  const studies = await prisma.study.findMany({
    where: visibleStudies(viewer),
    orderBy: { createdAt: "desc" },
    select: { slug: true, title: true, waves: { select: { surveyId: true } } },
  });
  const memberOf = await memberSurveyIds(viewer.researcherId);
  return Promise.all(
    studies.map(async (study) => {
      const surveyIds = study.waves.map((wave) => wave.surveyId).filter((id) => memberOf.has(id));
      const where = { instrumentVersion: { surveyId: { in: surveyIds } }, completion: "complete" };
      const [responses, syntheticResponses] = await Promise.all([
        prisma.response.count({ where: { ...where, isSynthetic: false } }),
        prisma.response.count({ where: { ...where, isSynthetic: true } }),
      ]);
      return {
        slug: study.slug,
        title: study.title,
        waves: study.waves.length,
        responses,
        syntheticResponses,
      };
    }),
  );
}

/** The surveys the researcher is a member of, in any role: aggregate counts need only `view`. */
export async function memberSurveyIds(researcherId: string): Promise<Set<string>> {
  const rows = await prisma.surveyMembership.findMany({
    where: { researcherId },
    select: { surveyId: true },
  });
  return new Set(rows.map((row) => row.surveyId));
}

/** A study the researcher may see, by slug, or null (the page's 404: its existence is not revealed). */
export async function findVisibleStudy(viewer: StudyViewer, slug: string) {
  return prisma.study.findFirst({
    where: { slug, ...visibleStudies(viewer) },
    select: { id: true, slug: true, title: true },
  });
}
