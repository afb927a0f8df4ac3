import { z } from "zod";
import { get, insertUnordered, run, sqlCount, type SqlWork } from "~/database/sql";
import { prisma, writeTransaction } from "~/db.server";
import { randomRowId } from "~/privacy/row-ids.server";
import { generateSyntheticPanel, type ScenarioName, type SyntheticResponse } from "../../analysis";
import { latestInstrumentVersion } from "./instrument-versions.server";
import { storedAnswers, storedPageSeconds, storedPresentation } from "./stored-answers";

/** The panel the demo database is seeded with. */
export const DEMO_PANEL_SIZE = 800;
export const DEMO_PANEL_SEED = 1;
/** The demo's generating scenario: the planted structure without the old "demo" model's crossover (decision 023),
 * so the published demo shows an analysis recovering a structure that is written down. */
export const DEMO_PANEL_SCENARIO: ScenarioName = "planted";
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
  /** The generator's scenario (analysis/synthetic-respondents/panel-scenarios.ts); default the demo's. */
  scenario?: ScenarioName;
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

const OF_SURVEY = `"instrumentVersionId" IN (SELECT "id" FROM "InstrumentVersion" WHERE "surveyId" = ?)`;

export type PanelRow = Record<string, string | number | boolean>;

// Placed unordered with random ids, as real responses are (app/respondent/completion.server.ts).
function* insertRows(rows: PanelRow[]): SqlWork<void> {
  for (const row of rows) yield* insertUnordered("Response", row);
}

const countRow = z.object({ n: sqlCount });

/** The refusals, the deletion and the first batch, in one transaction: nothing can slip in between. */
function* checkAndStart(request: SyntheticPanelRequest, surveyId: string, firstRows: PanelRow[]) {
  const count = function* (synthetic: boolean) {
    const sql = `SELECT count(*) AS n FROM "Response" WHERE ${OF_SURVEY} AND "isSynthetic" = ?`;
    return countRow.parse(yield* get(sql, surveyId, synthetic)).n;
  };
  const realResponses = yield* count(false);
  if (realResponses > 0 && !request.mixWithReal) {
    throw new SyntheticPanelRefusal(
      `The survey "${request.surveySlug}" has ${realResponses} real responses; synthetic ones would mix with them. Pass --mix-with-real if that is really what you want.`,
    );
  }
  const synthetic = yield* count(true);
  if (synthetic > 0 && !request.replace && !request.append) {
    throw new SyntheticPanelRefusal(
      `The survey "${request.surveySlug}" already has ${synthetic} synthetic responses. Pass --replace to replace them or --append to add to them.`,
    );
  }
  const deleted = request.replace
    ? (yield* run(`DELETE FROM "Response" WHERE ${OF_SURVEY} AND "isSynthetic" = ?`, surveyId, true)).changes
    : 0;
  yield* insertRows(firstRows);
  return { realResponses, deleted };
}

/** A synthetic response as a Response row: complete, flagged synthetic, under a random id like real ones. */
export function syntheticResponseRow(response: SyntheticResponse, instrumentVersionId: string): PanelRow {
  return {
    id: randomRowId(),
    instrumentVersionId,
    answers: storedAnswers.encode(response.answers),
    presentation: storedPresentation.encode(response.presentation),
    pageSeconds: storedPageSeconds.encode(response.pageSeconds),
    durationSeconds: response.durationSeconds,
    submittedOn: response.submittedOn,
    language: response.language,
    completion: "complete",
    isSynthetic: true,
  };
}

/**
 * Writes a synthetic demo panel (isSynthetic: true, completion "complete") to the survey's latest instrument
 * version, in batched transactions. Refuses — before writing anything — when the survey is unknown, when it has
 * real responses (unless mixWithReal), or when it already has synthetic ones and neither replace nor append is set.
 *
 * Written through the write queue, not `prisma.$transaction`: run from a CLI beside a busy server, an
 * interactive Prisma transaction waited on the server's write lock past its 5-second limit and failed;
 * the queue waits for the lock without a transaction open (app/database/sqlite-write-queue.server.ts).
 */
export async function writeSyntheticPanel(request: SyntheticPanelRequest): Promise<SyntheticPanelReport> {
  const survey = await prisma.survey.findUnique({
    where: { slug: request.surveySlug },
    select: { id: true },
  });
  if (!survey) throw new SyntheticPanelRefusal(`There is no survey with the slug "${request.surveySlug}".`);
  const version = await latestInstrumentVersion(survey.id);
  if (!version)
    throw new SyntheticPanelRefusal(`The survey "${request.surveySlug}" has no instrument version yet.`);
  let panel;
  try {
    panel = generateSyntheticPanel(version.definition, {
      n: request.n,
      seed: request.seed,
      scenario: request.scenario,
    });
  } catch (error) {
    throw new SyntheticPanelRefusal(error instanceof Error ? error.message : String(error));
  }
  const rows: PanelRow[] = panel.map((response) => syntheticResponseRow(response, version.id));
  const batches = Array.from({ length: Math.ceil(rows.length / SYNTHETIC_PANEL_BATCH_SIZE) }, (_, index) =>
    rows.slice(index * SYNTHETIC_PANEL_BATCH_SIZE, (index + 1) * SYNTHETIC_PANEL_BATCH_SIZE),
  );
  const first = await writeTransaction(() => checkAndStart(request, survey.id, batches[0] ?? []));
  for (const batch of batches.slice(1)) await writeTransaction(() => insertRows(batch));
  return { surveySlug: request.surveySlug, version: version.version, written: rows.length, ...first };
}
