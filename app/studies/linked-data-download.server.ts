import { recordAuditEvent } from "~/audit/audit.server";
import { linkedCodebookMarkdown, linkedCsv } from "../../exports";
import { firstWavePlannedOn, linkedMissingCodes, linkedPeopleForExport } from "./linked-data.server";
import { type LinkedWavePair, linkWavePair, type LinkWavesRequest } from "./wave-pair.server";
import { attachmentResponse } from "~/security/attachment-response";

/** The files of the linkage page's downloads: the linked data and its codebook. */
export const LINKED_DATA_FILES = ["linked.csv", "linked-codebook.md"] as const;
export type LinkedDataFile = (typeof LINKED_DATA_FILES)[number];
export const isLinkedDataFile = (file: string | undefined): file is LinkedDataFile =>
  LINKED_DATA_FILES.some((candidate) => candidate === file);

/** What the researcher may do with a wave's survey, asked by the route (the auth wing's membership table). */
export type WaveRights = (surveyId: string, right: "analyse" | "read-responses") => Promise<boolean>;

export type LinkedStudy = { id: string; slug: string; title: string };

const plain = (message: string, status: number) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Links the pair as the page does, with the page's refusals as plain 4xx answers (403 for a missing right, 400 for
 * a wave that cannot be linked, 409 when nothing in the form explains it). The data file holds one row per linked
 * response, so like the survey exports' response-level files it also needs read-responses on both waves.
 */
async function linkForDownload(
  study: LinkedStudy,
  request: LinkWavesRequest,
  file: LinkedDataFile,
  rights: WaveRights,
) {
  let denied = false;
  const mayAnalyse = async (surveyId: string) => {
    const allowed = await rights(surveyId, "analyse");
    denied ||= !allowed;
    return allowed;
  };
  const pair = await linkWavePair(study.id, request, mayAnalyse);
  if (!pair.ok) throw plain(pair.message, denied ? 403 : pair.field ? 400 : 409);
  if (file === "linked.csv")
    for (const wave of pair.waves)
      if (!(await rights(wave.surveyId, "read-responses")))
        throw plain(
          `The linked data hold one row per linked response: downloading them needs the right to read single responses of "${wave.title}" (owners, or analysts an owner has granted it).`,
          403,
        );
  return pair;
}

/** The body, name and type of one file for a linked pair, and its rows (0 for the codebook). Writes nothing. */
export function buildLinkedDataFile(
  study: LinkedStudy,
  pair: LinkedWavePair,
  file: LinkedDataFile,
  wave1PlannedOn: string,
) {
  const [earlier, later] = pair.waves;
  const base = `${study.slug}-w${earlier.waveNumber}-w${later.waveNumber}-linked`;
  const missing = linkedMissingCodes(pair);
  const scales = pair.definitions[0].scales.map((scale) => ({ id: scale.id, label: scale.label.en }));
  if (file === "linked.csv") {
    const people = linkedPeopleForExport(pair, wave1PlannedOn);
    const body = linkedCsv(
      people,
      scales.map((scale) => scale.id),
      missing,
    );
    return {
      body,
      fileName: `${base}.csv`,
      contentType: "text/csv; charset=utf-8; header=present",
      rows: 2 * people.length,
    };
  }
  const side = (index: 0 | 1) => ({
    waveNumber: pair.waves[index].waveNumber,
    title: pair.waves[index].title,
    responses: pair.records[index].records.length,
  });
  const body = linkedCodebookMarkdown({
    csvFileName: `${base}.csv`,
    studyTitle: study.title,
    waves: [side(0), side(1)],
    monthsBetween: pair.monthsBetween,
    codeElements: pair.elementIds.length,
    threshold: pair.linkage.threshold,
    falseMatchRate: pair.linkage.falseMatchRate,
    linksMade: pair.linkage.links.length,
    scales,
    missing,
  });
  return { body, fileName: `${base}-codebook.md`, contentType: "text/markdown; charset=utf-8", rows: 0 };
}

/**
 * One file of linked data as a download (attachment, no caching), posted from the linkage page with the page's
 * form (docs/decisions/061-linked-data-export.md). Each wave's survey gets an `export` entry in the audit trail,
 * so both surveys' members see that their data left, linked. A refusal writes nothing.
 */
export async function linkedDataDownload(
  researcherId: string,
  study: LinkedStudy,
  file: LinkedDataFile,
  request: LinkWavesRequest,
  rights: WaveRights,
): Promise<Response> {
  const pair = await linkForDownload(study, request, file, rights);
  const built = buildLinkedDataFile(study, pair, file, await firstWavePlannedOn(study.id));
  const [earlier, later] = pair.waves;
  const detail = JSON.stringify({
    file,
    study: study.slug,
    waves: [earlier.waveNumber, later.waveNumber],
    threshold: Number(pair.linkage.threshold.used.toFixed(2)),
    links: pair.linkage.links.length,
    rows: built.rows,
  });
  for (const wave of pair.waves)
    await recordAuditEvent({
      researcherId,
      action: "export",
      target: `survey:${wave.slug}`,
      surveyId: wave.surveyId,
      detail,
    });
  return attachmentResponse(built);
}
