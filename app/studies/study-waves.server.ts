import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { environment, type Environment } from "~/env.server";
import type { AddWaveForm } from "./study-forms";
import { readStudyKey } from "./study-keys.server";
import { refuse, type StudyRefusal } from "./study-refusal";
import { codeElementDifference } from "./wave-code-elements";
import { liveCodeElements } from "./wave-definitions.server";

type StudyRef = { id: string; slug: string; title: string };
type Candidate = { id: string; slug: string; title: string };

export const NO_CODE_ITEM = (title: string) =>
  `"${title}" has no identification-code item: waves cannot be linked without one. Add one in a new version of the survey first.`;

/** Why this survey cannot become the study's next wave, or null. Reads only; changes nothing. */
async function codeRefusal(study: StudyRef, candidate: Candidate): Promise<StudyRefusal | null> {
  const inStudy = await prisma.studyWave.findUnique({
    where: { surveyId: candidate.id },
    select: { waveNumber: true, study: { select: { title: true } } },
  });
  if (inStudy)
    return refuse(
      "surveySlug",
      `"${candidate.title}" is already wave ${inStudy.waveNumber} of the study "${inStudy.study.title}": a survey can be a wave of only one study.`,
    );
  const live = await liveCodeElements(candidate.id);
  if (!live?.elements) return refuse("surveySlug", NO_CODE_ITEM(candidate.title));
  const first = await prisma.studyWave.findFirst({
    where: { studyId: study.id },
    orderBy: { waveNumber: "asc" },
    select: { surveyId: true },
  });
  const studyElements = first ? (await liveCodeElements(first.surveyId))?.elements : null;
  const difference = studyElements ? codeElementDifference(studyElements, live.elements) : null;
  if (difference)
    return refuse("surveySlug", `"${candidate.title}" cannot be a wave of this study. ${difference}`);
  return null;
}

/**
 * Adds a survey as the study's next wave (1, 2, …) with its planned start, after every check: the study's key
 * exists, the survey is in no study, it asks an identification code with wave 1's elements in wave 1's order,
 * and the planned day is not before the previous wave's. The route has checked that the researcher may run the
 * survey. A refusal changes nothing. Audited in the survey's trail.
 */
export async function addStudyWave(
  researcherId: string,
  study: StudyRef,
  candidate: Candidate,
  form: Pick<AddWaveForm, "plannedOn">,
  keys: Environment = environment,
): Promise<{ ok: true; waveNumber: number } | StudyRefusal> {
  const key = readStudyKey(study.id, keys);
  if (!key.ok) return refuse(null, `No wave can be added: ${key.message}`);
  const refusal = await codeRefusal(study, candidate);
  if (refusal) return refusal;
  const last = await prisma.studyWave.findFirst({
    where: { studyId: study.id },
    orderBy: { waveNumber: "desc" },
    select: { waveNumber: true, plannedOn: true },
  });
  if (last && form.plannedOn < last.plannedOn)
    return refuse(
      "plannedOn",
      `Wave ${last.waveNumber} is planned for ${last.plannedOn}; a later wave cannot start before it.`,
    );
  const waveNumber = (last?.waveNumber ?? 0) + 1;
  try {
    await prisma.studyWave.create({
      data: { studyId: study.id, surveyId: candidate.id, waveNumber, plannedOn: form.plannedOn },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return refuse(
      null,
      "Another wave was added to this study or this survey meanwhile. Look at the waves again.",
    );
  }
  await recordAuditEvent({
    researcherId,
    action: "study-wave-added",
    target: `survey:${candidate.slug}`,
    surveyId: candidate.id,
    detail: `wave ${waveNumber} of study:${study.slug}, planned ${form.plannedOn}`,
  });
  return { ok: true, waveNumber };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
