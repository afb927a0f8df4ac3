import { z } from "zod";
import { prisma } from "~/db.server";
import { instrumentVersionById } from "~/surveys/instrument-versions.server";
import {
  readStoredRow,
  storedAnswers,
  storedPresentation,
  storedResponseFlags,
} from "~/surveys/stored-answers";
import { type ResponseQuality, type VersionQuality, versionQuality } from "../../analysis/careless";
import { CARELESS_THRESHOLDS } from "~/surveys/quality-rules";

export type SurveyResponseQuality = ResponseQuality & {
  version: number;
  isSynthetic: boolean;
  submittedOn: string;
  exclusions: { reason: string; detail: string | null }[];
};

export type VersionSummary = Omit<VersionQuality, "responses"> & { version: number; responses: number };

export type SurveyQuality = { responses: SurveyResponseQuality[]; versions: VersionSummary[] };

// A response that cannot be read stops the page: an index computed from a guess (empty answers) would
// call it careless (docs/decisions/017).
const storedColumns = z.object({
  answers: storedAnswers,
  presentation: storedPresentation,
  flags: storedResponseFlags,
});

/**
 * Every careless-responding index for every response to the survey (all versions; synthetic responses
 * included and marked), with each response's current exclusions. Newest responses first.
 */
export async function surveyQuality(surveyId: string): Promise<SurveyQuality> {
  const versions = await prisma.instrumentVersion.findMany({
    where: { surveyId },
    orderBy: { version: "asc" },
    select: { id: true },
  });
  const responses: SurveyResponseQuality[] = [];
  const summaries: VersionSummary[] = [];
  for (const { id } of versions) {
    const [record, rows] = await Promise.all([
      instrumentVersionById(id),
      prisma.response.findMany({
        where: { instrumentVersionId: id },
        select: {
          id: true,
          answers: true,
          presentation: true,
          durationSeconds: true,
          completion: true,
          flags: true,
          isSynthetic: true,
          submittedOn: true,
          exclusions: { select: { reason: true, detail: true }, orderBy: { reason: "asc" } },
        },
      }),
    ]);
    if (!record || rows.length === 0) continue;
    const quality = versionQuality(
      record.definition,
      rows.map((row) => ({
        id: row.id,
        ...readStoredRow("Response", storedColumns, row),
        durationSeconds: row.durationSeconds,
        completion: row.completion,
      })),
      CARELESS_THRESHOLDS,
    );
    const { responses: qualities, ...summary } = quality;
    summaries.push({ ...summary, version: record.version, responses: rows.length });
    qualities.forEach((entry, index) => {
      const row = rows[index]!;
      responses.push({
        ...entry,
        version: record.version,
        isSynthetic: row.isSynthetic,
        submittedOn: row.submittedOn,
        exclusions: row.exclusions,
      });
    });
  }
  responses.sort((a, b) =>
    a.submittedOn < b.submittedOn ? 1 : a.submittedOn > b.submittedOn ? -1 : a.id < b.id ? -1 : 1,
  );
  return { responses, versions: summaries };
}
