import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { buildCodebook, type CodebookNotes } from "../../instrument/codebook";
import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { DEFAULT_INSTRUMENT_ID } from "../../instrument/default-instrument";
import { supportWorkAndErosionNotes } from "../../instrument/definitions/support-work-and-erosion.notes";
import {
  buildExportFile,
  buildLanguageFile,
  type ExportFile,
  type LanguageFile,
  parseLanguageFile,
  type ExportResponse,
  type HiddenText,
  kAnonymityReport,
  type KAnonymityReport,
} from "../../exports";
import { redirect } from "@remix-run/node";
import { type ExportChoice, exportQuery, exportTabPath, type ResolvedExportChoice } from "./export-choice";
import { instrumentVersionById } from "~/surveys/instrument-versions.server";
import { type ExportVersionOption, exportVersionOptions } from "./export-versions.server";
import { responseAnswers } from "~/surveys/stored-answers";
import type { LabSurvey } from "./lab-surveys.server";
import { attachmentResponse } from "~/security/attachment-response";

export type ExportData = {
  choice: ResolvedExportChoice;
  /** the versions the tab offers, the default (the current series, pooled) first */
  versions: ExportVersionOption[];
  /** the chosen versions in words: "Versions 1–3 pooled (same codes and scales)" */
  versionLabel: string;
  definition: InstrumentDefinition;
  responses: ExportResponse[];
  hiddenTexts: HiddenText[];
  /** Responses of the chosen versions before the include/leave-out choices. */
  counts: { all: number; excluded: number; synthetic: number; real: number };
};

type ExportCounts = ExportData["counts"];

/**
 * The versions offered and the one chosen (the current series by default, export-versions.server.ts); null
 * when the survey has none. Throws 404 when the chosen version or series does not exist.
 */
async function chooseVersion(survey: LabSurvey, choice: ExportChoice) {
  const offered = await exportVersionOptions(survey.id);
  if (!offered) return null;
  const wanted = choice.version ?? offered.defaultValue;
  const chosen = offered.options.find((option) => option.value === wanted);
  if (!chosen) throw new Response("This survey has no such instrument version.", { status: 404 });
  return { versions: offered.options, chosen };
}

async function versionCounts(ids: string[]): Promise<ExportCounts> {
  const ofVersion = { instrumentVersionId: { in: ids } };
  const [all, excluded, synthetic] = await Promise.all([
    prisma.response.count({ where: ofVersion }),
    prisma.response.count({ where: { ...ofVersion, exclusions: { some: {} } } }),
    prisma.response.count({ where: { ...ofVersion, isSynthetic: true } }),
  ]);
  return { all, excluded, synthetic, real: all - synthetic };
}

/** The choice with its version filled in; synthetic responses are left out unless there are only those. */
function resolveChoice(choice: ExportChoice, version: string, counts: ExportCounts): ResolvedExportChoice {
  return {
    version,
    excluded: choice.excluded,
    synthetic: choice.synthetic ?? (counts.real === 0 ? "include" : "leave-out"),
    coarsen: choice.coarsen,
    k: choice.k,
    suppression: choice.suppression,
  };
}

/** The responses of the chosen versions that the choice keeps, oldest first, with their exclusion reasons. */
async function exportResponses(ids: string[], choice: ResolvedExportChoice): Promise<ExportResponse[]> {
  const rows = await prisma.response.findMany({
    where: {
      instrumentVersionId: { in: ids },
      ...(choice.excluded === "leave-out" ? { exclusions: { none: {} } } : {}),
      ...(choice.synthetic === "leave-out" ? { isSynthetic: false } : {}),
    },
    orderBy: [{ submittedOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      submittedOn: true,
      durationSeconds: true,
      isSynthetic: true,
      language: true,
      answers: true,
      exclusions: { select: { reason: true } },
      instrumentVersion: { select: { version: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    instrumentVersion: row.instrumentVersion.version,
    submittedOn: row.submittedOn,
    durationSeconds: row.durationSeconds,
    exclusions: row.exclusions.map((exclusion) => exclusion.reason),
    isSynthetic: row.isSynthetic,
    language: row.language,
    answers: responseAnswers(row),
  }));
}

/** Reads the rows an export would contain. Throws 404 when the survey has no such version. */
export async function loadExportData(survey: LabSurvey, choice: ExportChoice): Promise<ExportData | null> {
  const found = await chooseVersion(survey, choice);
  if (!found) return null;
  const { versions, chosen } = found;
  // The last version of those chosen reads every row: within a series the codes and scales are the same.
  const record = await instrumentVersionById(chosen.ids.at(-1) ?? "");
  if (!record) throw new Response("Not found", { status: 404 });
  const counts = await versionCounts(chosen.ids);
  const resolved = resolveChoice(choice, chosen.value, counts);
  const responses = await exportResponses(chosen.ids, resolved);
  const hiddenTexts = await prisma.hiddenFreeText.findMany({
    where: { response: { instrumentVersionId: { in: chosen.ids } } },
    select: { responseId: true, itemId: true },
  });
  return {
    choice: resolved,
    versions,
    versionLabel: chosen.label,
    definition: record.definition,
    responses,
    hiddenTexts,
    counts,
  };
}

/** The k-anonymity report of the rows being exported. */
export function exportReport(data: ExportData): KAnonymityReport {
  return kAnonymityReport(data.definition, data.responses, {
    k: data.choice.k,
    suppressionLimit: data.choice.suppression / 100,
  });
}

/** The default instrument's codebook notes, when they fit this definition (a later version may drop an id). */
function codebookNotes(definition: InstrumentDefinition): CodebookNotes {
  if (definition.id !== DEFAULT_INSTRUMENT_ID) return {};
  try {
    buildCodebook(definition, supportWorkAndErosionNotes);
    return supportWorkAndErosionNotes;
  } catch {
    return {};
  }
}

/** The file's body and name: one of the fixed files, or a label file of a language the version offers (else 404). */
function buildFile(
  file: ExportFile | LanguageFile,
  data: ExportData,
  coarsen: ReturnType<typeof exportReport>["coarsening"] | null,
  baseName: string,
) {
  const { definition } = data;
  if (parseLanguageFile(file)) {
    const notes = codebookNotes(definition);
    const built = buildLanguageFile(file as LanguageFile, { definition, coarsen, notes, baseName });
    if (!built) throw new Response("This version offers no such language.", { status: 404 });
    return built;
  }
  return buildExportFile(file as ExportFile, {
    definition,
    responses: data.responses,
    hiddenTexts: data.hiddenTexts,
    coarsen,
    notes: codebookNotes(definition),
    baseName,
  });
}

/**
 * One export file as a download (Content-Disposition attachment, no caching), recorded in the
 * audit trail with the file and the options that shaped it. Asked for by POST from the export
 * form (docs/decisions/014-exports-by-post.md). `checked` is the query string of the privacy check
 * the researcher had on screen: when the posted options resolve to anything else, nothing is
 * exported or recorded and the tab shows the check for the new options (303), so no file leaves
 * without its check having been seen.
 */
export async function exportDownload(
  survey: LabSurvey,
  researcherId: string,
  file: ExportFile | LanguageFile,
  choice: ExportChoice,
  checked: string,
): Promise<Response> {
  const data = await loadExportData(survey, choice);
  if (!data) throw new Response("This survey has no instrument version yet.", { status: 404 });
  const query = exportQuery(data.choice);
  if (query !== checked) return redirect(exportTabPath(survey.slug, query, "options-changed"), 303);
  const { choice: resolved } = data;
  const coarsen = resolved.coarsen === "yes" ? exportReport(data).coarsening : null;
  const baseName = `${survey.slug}-v${resolved.version}${coarsen ? `-k${resolved.k}` : ""}`;
  const built = buildFile(file, data, coarsen, baseName);
  await recordAuditEvent({
    researcherId,
    action: "export",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail: JSON.stringify({
      file,
      version: resolved.version,
      excluded: resolved.excluded,
      synthetic: resolved.synthetic,
      coarsen: resolved.coarsen,
      k: resolved.k,
      suppression: resolved.suppression,
      coarsened: Object.keys(coarsen?.recodes ?? {}),
      locallySuppressed: coarsen?.suppressedResponses?.length ?? 0,
      rows: data.responses.length,
    }),
  });
  return attachmentResponse(built);
}
