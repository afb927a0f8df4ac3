import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "~/db.server";
import { currentVersionSeries } from "~/surveys/version-series.server";
import { responseAnswers, StoredRowError } from "~/surveys/stored-answers";
import type { SurveyResponseInput } from "../../analysis";
import type { Answers } from "../../instrument/answers";
import type { InstrumentDefinition } from "../../instrument/definition-schema";

/** An expected refusal (unknown survey, no instrument version), with a message for the person running it. */
export class SurveyLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SurveyLoadError";
  }
}

/** Which instrument versions' responses to analyse together: the current series (docs/decisions/032) or the latest only. */
export type VersionScope = "series" | "latest";

/** What {@link loadSurveyResponses} returns: the analysis input plus where it came from. */
export interface LoadedSurvey {
  survey: { slug: string; title: string };
  definition: InstrumentDefinition;
  /** the instrument versions whose responses are included, ascending */
  versions: number[];
  /** their row ids, for queries that must cover the same versions (fieldwork dates, drafts) */
  versionIds: string[];
  /** which versions were pooled and why, in one sentence ("Versions 1–3 pooled: same codes and scales.") */
  pooling: string;
  responses: SurveyResponseInput[];
  /** how many of the responses are synthetic (demo panel), never real people */
  synthetic: number;
}

/**
 * A response the analysis cannot read stops it: numbers computed without that row, or with a guess at it,
 * would be wrong without anyone knowing (docs/decisions/017).
 */
function answersForAnalysis(slug: string, row: { id: string; answers: string }): Answers {
  try {
    return responseAnswers(row);
  } catch (error) {
    if (!(error instanceof StoredRowError)) throw error;
    throw new SurveyLoadError(`The survey "${slug}" is not analysed: ${error.message}`);
  }
}

/** Rows read per query: the stored JSON of a page is parsed and dropped before the next page is read. */
export const RESPONSE_PAGE_SIZE = 2000;

/**
 * The completed responses of these versions, read a page at a time (never the whole table in one result),
 * ordered by calendar day, then id, so a run is reproducible.
 */
async function readCompletedResponses(
  db: PrismaClient,
  slug: string,
  versionIds: string[],
  pageSize: number,
): Promise<{ responses: SurveyResponseInput[]; synthetic: number }> {
  const responses: SurveyResponseInput[] = [];
  let synthetic = 0;
  let after: { id: string } | undefined;
  for (;;) {
    const page = await db.response.findMany({
      where: { instrumentVersionId: { in: versionIds }, completion: "complete" },
      orderBy: [{ submittedOn: "asc" }, { id: "asc" }],
      ...(after ? { cursor: after, skip: 1 } : {}),
      take: pageSize,
      select: {
        id: true,
        answers: true,
        durationSeconds: true,
        language: true,
        isSynthetic: true,
        exclusions: { select: { reason: true } },
      },
    });
    for (const row of page) {
      responses.push({
        id: row.id,
        answers: answersForAnalysis(slug, row),
        durationSeconds: row.durationSeconds,
        language: row.language,
        excluded: row.exclusions.map((e) => ({ reason: e.reason })),
      });
      if (row.isSynthetic) synthetic++;
    }
    const last = page.at(-1);
    if (page.length < pageSize || !last) return { responses, synthetic };
    after = { id: last.id };
  }
}

/**
 * Loads a survey's completed responses for the analysis: those of the latest instrument version and, with
 * scope "series" (the default), of every version of its series (compatible codes and scales, decision 032),
 * all read with the latest definition. Exclusions come from the Exclusion table (each response's
 * reasons). Partial responses are left out. Ordered by calendar day, then id, so a run is reproducible.
 *
 * @throws SurveyLoadError when there is no survey with the slug, it has no instrument version, or a response's
 *   stored answers cannot be read
 * @example
 * const { definition, responses } = await loadSurveyResponses("support-work-and-erosion");
 * runSurveyAnalysis({ definition, responses });
 */
export async function loadSurveyResponses(
  slug: string,
  scope: VersionScope = "series",
  db: PrismaClient = prisma,
  pageSize = RESPONSE_PAGE_SIZE,
): Promise<LoadedSurvey> {
  const survey = await db.survey.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true },
  });
  if (!survey) throw new SurveyLoadError(`There is no survey with the slug "${slug}".`);
  const series = await currentVersionSeries(survey.id);
  if (!series) throw new SurveyLoadError(`The survey "${slug}" has no instrument version yet.`);
  const { latest } = series;
  const versions = scope === "latest" ? [{ id: latest.id, version: latest.version }] : series.versions;
  const { responses, synthetic } = await readCompletedResponses(
    db,
    slug,
    versions.map((v) => v.id),
    pageSize,
  );
  return {
    survey: { slug: survey.slug, title: survey.title },
    definition: latest.definition,
    versions: versions.map((v) => v.version),
    versionIds: versions.map((v) => v.id),
    pooling: scope === "latest" ? `Version ${latest.version} only, as asked.` : series.statement,
    responses,
    synthetic,
  };
}
