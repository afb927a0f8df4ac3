import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "~/db.server";
import { generateSyntheticPanel } from "../../analysis/synthetic-panel";
import { latestInstrumentVersion } from "./instrument-versions.server";
import { storedAnswers, storedPageSeconds, storedPresentation } from "./stored-answers";

/** The panel the demo database is seeded with. */
export const DEMO_PANEL_SIZE = 800;
export const DEMO_PANEL_SEED = 1;
/** Rows per transaction: short write locks, so the app keeps answering while a large panel is written. */
export const SYNTHETIC_PANEL_BATCH_SIZE = 250;

/** An expected refusal (unknown survey, real responses present…), with a message for the person running it. */
export class SyntheticPanelRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SyntheticPanelRefusal";
  }
}

export type SyntheticPanelRequest = {
  surveySlug: string;
  n: number;
  seed: number;
  /** Delete this survey's earlier synthetic responses first (real responses are never touched). */
  replace?: boolean;
  /** Keep earlier synthetic responses and add to them. */
  append?: boolean;
  /** Allow synthetic responses in a survey that already has real ones. */
  mixWithReal?: boolean;
};

export type SyntheticPanelReport = {
  surveySlug: string;
  version: number;
  written: number;
  deleted: number;
  realResponses: number;
};

/**
 * Writes a synthetic demo panel (isSynthetic: true, completion "complete") to the survey's latest instrument
 * version, in batched transactions. Refuses — before writing anything — when the survey is unknown, when it has
 * real responses (unless mixWithReal), or when it already has synthetic ones and neither replace nor append is set.
 */
export async function writeSyntheticPanel(
  request: SyntheticPanelRequest,
  db: PrismaClient = prisma,
): Promise<SyntheticPanelReport> {
  const survey = await db.survey.findUnique({ where: { slug: request.surveySlug }, select: { id: true } });
  if (!survey) throw new SyntheticPanelRefusal(`There is no survey with the slug "${request.surveySlug}".`);
  const version = await latestInstrumentVersion(survey.id);
  if (!version)
    throw new SyntheticPanelRefusal(`The survey "${request.surveySlug}" has no instrument version yet.`);
  const { definition } = version;
  let panel;
  try {
    panel = generateSyntheticPanel(definition, { n: request.n, seed: request.seed });
  } catch (error) {
    throw new SyntheticPanelRefusal(error instanceof Error ? error.message : String(error));
  }
  const rows = panel.map((response) => ({
    instrumentVersionId: version.id,
    answers: storedAnswers.encode(response.answers),
    presentation: storedPresentation.encode(response.presentation),
    pageSeconds: storedPageSeconds.encode(response.pageSeconds),
    durationSeconds: response.durationSeconds,
    submittedOn: response.submittedOn,
    language: response.language,
    completion: "complete",
    isSynthetic: true,
  }));
  const ofSurvey = { instrumentVersion: { surveyId: survey.id } };

  // The checks, the deletion and the first batch share one transaction, so nothing can slip in between.
  const first = await db.$transaction(async (transaction) => {
    const realResponses = await transaction.response.count({ where: { ...ofSurvey, isSynthetic: false } });
    if (realResponses > 0 && !request.mixWithReal) {
      throw new SyntheticPanelRefusal(
        `The survey "${request.surveySlug}" has ${realResponses} real responses; synthetic ones would mix with them. Pass --mix-with-real if that is really what you want.`,
      );
    }
    const synthetic = await transaction.response.count({ where: { ...ofSurvey, isSynthetic: true } });
    if (synthetic > 0 && !request.replace && !request.append) {
      throw new SyntheticPanelRefusal(
        `The survey "${request.surveySlug}" already has ${synthetic} synthetic responses. Pass --replace to replace them or --append to add to them.`,
      );
    }
    const { count: deleted } = request.replace
      ? await transaction.response.deleteMany({ where: { ...ofSurvey, isSynthetic: true } })
      : { count: 0 };
    await transaction.response.createMany({ data: rows.slice(0, SYNTHETIC_PANEL_BATCH_SIZE) });
    return { realResponses, deleted };
  });
  for (let start = SYNTHETIC_PANEL_BATCH_SIZE; start < rows.length; start += SYNTHETIC_PANEL_BATCH_SIZE) {
    await db.$transaction([
      db.response.createMany({ data: rows.slice(start, start + SYNTHETIC_PANEL_BATCH_SIZE) }),
    ]);
  }
  return { surveySlug: request.surveySlug, version: version.version, written: rows.length, ...first };
}
