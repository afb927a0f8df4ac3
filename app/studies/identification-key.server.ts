import { z } from "zod";
import { get } from "~/database/sql";
import { readCommitted } from "~/db.server";
import { readStudyKey } from "./study-keys.server";

/** The key a survey's identification codes are hashed under, or why there is none (said in the server log). */
export type IdentificationKey = { ok: true; studyId: string; key: Buffer } | { ok: false; reason: string };

const waveRow = z.object({ studyId: z.string() });

/**
 * A survey's linking key: the key of the study it is a wave of (StudyWave → readStudyKey). A survey that is
 * no wave of a study, or whose study's key file is missing or damaged, has none: it cannot store codes.
 */
export async function identificationKeyForSurvey(surveyId: string): Promise<IdentificationKey> {
  const row = await readCommitted(() =>
    get('SELECT "studyId" FROM "StudyWave" WHERE "surveyId" = ?', surveyId),
  );
  const wave = waveRow.safeParse(row);
  if (!wave.success)
    return {
      ok: false,
      reason: `Survey ${surveyId} asks for an identification code but is not a wave of any study; add it to a study in the lab.`,
    };
  const key = readStudyKey(wave.data.studyId);
  return key.ok
    ? { ok: true, studyId: wave.data.studyId, key: key.key }
    : { ok: false, reason: `Survey ${surveyId} (study ${wave.data.studyId}): ${key.message}` };
}
