import { z } from "zod";
import { get, insertUnordered, sqlCount, type SqlWork } from "~/database/sql";
import { prisma, writeTransaction } from "~/db.server";
import { latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { storedIdentificationCode } from "~/surveys/stored-answers";
import { syntheticResponseRow } from "~/surveys/synthetic-panel.server";
import { generateSyntheticWaves, type ScenarioName, type SyntheticWaveResponse } from "../../analysis";
import type { CodeElementId } from "../../instrument/identification-code-elements";
import { keyedElementHash, readStudyKey } from "./study-keys.server";
import { codeElementsOf } from "./wave-code-elements";
import { monthsApart } from "./wave-months";

/** An expected refusal of the synthetic study panel, with a message for the person running it. */
export class SyntheticStudyRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SyntheticStudyRefusal";
  }
}

export type SyntheticStudyRequest = { studySlug: string; n: number; seed: number; scenario?: ScenarioName };

type Wave = { surveyId: string; slug: string; versionId: string; plannedOn: string };

async function studyWaves(studySlug: string): Promise<{ studyId: string; waves: Wave[] }> {
  const study = await prisma.study.findUnique({
    where: { slug: studySlug },
    select: {
      id: true,
      waves: { orderBy: { waveNumber: "asc" }, select: { plannedOn: true, survey: true } },
    },
  });
  if (!study) throw new SyntheticStudyRefusal(`There is no study with the slug "${studySlug}".`);
  if (study.waves.length < 2)
    throw new SyntheticStudyRefusal(`The study "${studySlug}" has fewer than two waves.`);
  const waves = await Promise.all(
    study.waves.map(async ({ plannedOn, survey }) => {
      const version = await latestInstrumentVersion(survey.id);
      if (!version)
        throw new SyntheticStudyRefusal(`The wave "${survey.slug}" has no instrument version yet.`);
      return { surveyId: survey.id, slug: survey.slug, versionId: version.id, plannedOn };
    }),
  );
  return { studyId: study.id, waves };
}

/** The stored form of one synthetic response's code: each normalised answer hashed with the study's key. */
const hashedCode = (key: Buffer, response: SyntheticWaveResponse) =>
  storedIdentificationCode.encode(
    Object.fromEntries(
      Object.entries(response.identificationCode).map(([id, answer]) => [
        id,
        answer === null ? null : keyedElementHash(key, id, answer),
      ]),
    ),
  );

const countRow = z.object({ n: sqlCount });

function* writeWave(wave: Wave, rows: { response: SyntheticWaveResponse; code: string }[]): SqlWork<void> {
  const sql = `SELECT count(*) AS n FROM "Response" WHERE "instrumentVersionId" IN (SELECT "id" FROM "InstrumentVersion" WHERE "surveyId" = ?)`;
  const existing = countRow.parse(yield* get(sql, wave.surveyId)).n;
  if (existing > 0)
    throw new SyntheticStudyRefusal(`The wave "${wave.slug}" already has ${existing} responses.`);
  for (const { response, code } of rows) {
    const row = syntheticResponseRow(response, wave.versionId);
    yield* insertUnordered("Response", row);
    yield* insertUnordered("ResponseIdentificationCode", { responseId: row.id!, elements: code });
  }
}

/**
 * Answers every wave of a study with the same synthetic people (analysis/synthetic-waves.ts): later waves keep
 * who they are, their code drifts at the published error rates, and the codes are stored as the app stores
 * real ones, keyed hashes only. Refuses, writing nothing, when a wave has responses or the key is missing.
 */
export async function writeSyntheticStudy(request: SyntheticStudyRequest): Promise<number[]> {
  const { studyId, waves } = await studyWaves(request.studySlug);
  const key = readStudyKey(studyId);
  if (!key.ok) throw new SyntheticStudyRefusal(key.message);
  const first = await latestInstrumentVersion(waves[0]!.surveyId);
  const elements = first ? codeElementsOf(first.definition) : null;
  if (!first || !elements) throw new SyntheticStudyRefusal(`Wave 1 of "${request.studySlug}" asks no code.`);
  const generated = generateSyntheticWaves(first.definition, {
    n: request.n,
    seed: request.seed,
    ...(request.scenario ? { scenario: request.scenario } : {}),
    start: waves[0]!.plannedOn,
    monthsAfterFirst: waves.slice(1).map((wave) => monthsApart(waves[0]!.plannedOn, wave.plannedOn)),
    codeElements: elements as CodeElementId[],
  });
  await writeTransaction(function* () {
    for (const [index, wave] of waves.entries())
      yield* writeWave(
        wave,
        generated.waves[index]!.map((response) => ({ response, code: hashedCode(key.key, response) })),
      );
  });
  return generated.waves.map((wave) => wave.length);
}
