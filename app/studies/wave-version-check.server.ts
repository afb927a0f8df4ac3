import { prisma } from "~/db.server";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { codeElementDifference, codeElementsOf } from "./wave-code-elements";
import { liveCodeElements } from "./wave-definitions.server";

/**
 * Why a new version of this survey cannot go live, or null: when the survey is a study's wave, the version must
 * ask the identification code it asks now (the study's, checked when the wave was added), or the hashes of one
 * person would no longer agree across waves. Reads only.
 */
export async function waveVersionRefusal(
  surveyId: string,
  definition: InstrumentDefinition,
): Promise<string | null> {
  const wave = await prisma.studyWave.findUnique({
    where: { surveyId },
    select: { waveNumber: true, study: { select: { title: true } } },
  });
  if (!wave) return null;
  const current = (await liveCodeElements(surveyId))?.elements;
  if (!current) return null;
  const which = `This survey is wave ${wave.waveNumber} of the study "${wave.study.title}"`;
  const next = codeElementsOf(definition);
  if (!next)
    return `${which}: a new version must keep its identification-code item (${current.join(", ")}), or its answers could not be linked to the other waves.`;
  const difference = codeElementDifference(current, next, "The wave's identification code");
  if (!difference) return null;
  return `${which}: a new version must ask the same identification-code elements in the same order, or its answers could not be linked to the other waves. ${difference}`;
}
