import { prisma } from "~/db.server";
import type { FindingSnapshotInput } from "./finding-snapshot";
import { snapshotChart } from "./snapshot-chart.server";
import { publishFinding } from "./finding-versions.server";
import { latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { SURVEY_ROLES } from "../../analysis/survey";
import { withinPersonChangeChart, type WithinPersonResults } from "../../analysis/within-person";
import { withinPersonChange } from "~/studies/study-linkage.server";
import { refuse, type StudyRefusal } from "~/studies/study-refusal";
import { linkWavePair, type LinkedWavePair, type LinkWavesRequest } from "~/studies/wave-pair.server";
import {
  linkageTable,
  LOW_PRECISION_BELOW,
  supportCoefficientTable,
  withinPersonHeadline,
  withinVersusCrossSectionalTable,
  type WithinPersonFindingContext,
} from "./within-person-finding-parts";
import { withinPersonMethods } from "./within-person-methods";

export type WithinPersonPublishForm = {
  findingSlug: string;
  title: string;
  summary: string;
  narrative: string;
};

const SUPPORT_THIRDS = ["Low", "Middle", "High"].map(
  (level) => `${level} institutional support at wave 1 (a third of the linked people)`,
);

/** Whether either wave holds synthetic responses: then the finding is labelled synthetic, as a survey's is. */
async function holdsSynthetic(pair: LinkedWavePair): Promise<boolean> {
  const synthetic = await prisma.response.count({
    where: {
      isSynthetic: true,
      instrumentVersion: { surveyId: { in: pair.waves.map((wave) => wave.surveyId) } },
    },
  });
  return synthetic > 0;
}

/**
 * The snapshot of a within-person finding: a chart of the baseline-adjusted change by institutional support for
 * every scale that can be shown, the linkage and support-coefficient tables, and the methods box. Counts and
 * estimates only: the linked people's random ids and the links stay on the server.
 */
export async function buildWithinPersonSnapshot(
  pair: LinkedWavePair,
  results: WithinPersonResults,
  isSynthetic: boolean,
): Promise<FindingSnapshotInput> {
  const [earlier, later] = pair.waves;
  const { links, ...linkage } = pair.linkage;
  const context: WithinPersonFindingContext = {
    waves: { earlier: earlier.waveNumber, later: later.waveNumber, monthsBetween: pair.monthsBetween },
    responses: { earlier: pair.records[0].records.length, later: pair.records[1].records.length },
    linkage,
    linksMade: links.length,
    results,
    primaryScale: SURVEY_ROLES.primaryErosion,
  };
  const options = { minCellSize: results.settings.minCellSize, lowPrecisionBelow: LOW_PRECISION_BELOW };
  const charts = await Promise.all(
    results.scales
      .filter((result) => result.change.suppressedBecause === null)
      .map((result) => snapshotChart(withinPersonChangeChart(result.change, options))),
  );
  const version = await latestInstrumentVersion(later.surveyId);
  if (!version) throw new Error("buildWithinPersonSnapshot: the later wave has no instrument version");
  return {
    schemaVersion: 1,
    headline: withinPersonHeadline(context),
    minCellSize: results.settings.minCellSize,
    charts,
    tables: [
      linkageTable(context),
      supportCoefficientTable(context),
      withinVersusCrossSectionalTable(context),
    ],
    methods: withinPersonMethods({
      ...context,
      instrument: {
        title: version.definition.title.en,
        version: version.version,
        contentHash: version.contentHash,
        codebookUrl: `/codebook/${later.slug}/v/${version.version}`,
      },
      plannedOn: { earlier: earlier.plannedOn, later: later.plannedOn },
      isSynthetic,
      supportLabels: SUPPORT_THIRDS,
    }),
    citation: { authors: "Negative Space research team", publisher: "Negative Space" },
  };
}

/**
 * Analyses change within the people of a linked pair and publishes it as a finding of the later wave's survey:
 * version 1 of a new slug or the next version of the same finding. Without linked people it publishes nothing.
 */
export async function publishLinkedPair(
  researcherId: string | null,
  pair: LinkedWavePair,
  form: WithinPersonPublishForm,
): Promise<{ ok: true; slug: string; version: number } | StudyRefusal> {
  const results = withinPersonChange(pair.definitions[0], pair.linkage.links, pair.records, {
    earlierWave: pair.waves[0].waveNumber,
    laterWave: pair.waves[1].waveNumber,
    monthsBetween: pair.monthsBetween,
  });
  if (!results) return refuse(null, "No linked people to analyse: nothing was published.");
  const isSynthetic = await holdsSynthetic(pair);
  const snapshot = await buildWithinPersonSnapshot(pair, results, isSynthetic);
  const published = await publishFinding(researcherId, {
    slug: form.findingSlug,
    surveyId: pair.waves[1].surveyId,
    title: form.title,
    summary: form.summary,
    narrative: form.narrative,
    isSynthetic,
    snapshot,
  });
  return { ok: true, ...published };
}

/**
 * Links two waves of a study and publishes the change within the linked people ({@link publishLinkedPair}).
 * A refusal of the linkage publishes nothing.
 */
export async function publishWithinPersonFinding(
  researcherId: string | null,
  studyId: string,
  request: LinkWavesRequest,
  form: WithinPersonPublishForm,
  mayAnalyse: (surveyId: string) => Promise<boolean>,
): Promise<{ ok: true; slug: string; version: number } | StudyRefusal> {
  const pair = await linkWavePair(studyId, request, mayAnalyse);
  if (!pair.ok) return pair;
  return publishLinkedPair(researcherId, pair, form);
}
