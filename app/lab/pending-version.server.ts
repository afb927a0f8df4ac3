import { recordAuditEvent } from "~/audit/audit.server";
import { prisma } from "~/db.server";
import { waveVersionRefusal } from "~/studies/wave-version-check.server";
import { addInstrumentVersion, definitionHash } from "~/surveys/instrument-versions.server";
import { currentVersionSeries } from "~/surveys/version-series.server";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "../../instrument/definition-schema";
import { type VersionCompatibility, versionCompatibility } from "../../instrument/version-compatibility";
import { versionsLabel } from "../../instrument/version-series";
import { checkDefinitionText, type DefinitionProblem } from "./survey-admin.server";

type SurveyRef = { id: string; slug: string };

export type StageOutcome =
  | { ok: true; staged: true }
  | { ok: true; staged: false; liveVersion: number }
  | { ok: false; problems: DefinitionProblem[] };

/**
 * Checks an uploaded definition and keeps it as the survey's pending version, replacing any pending one
 * (docs/decisions/032). Nothing becomes live: respondents, analysis and exports read confirmed versions only.
 * A definition identical to the live version is recognised and not kept ("no changes").
 */
export async function stagePendingVersion(
  researcherId: string,
  survey: SurveyRef,
  definitionText: string,
): Promise<StageOutcome> {
  const check = checkDefinitionText(definitionText);
  if (!check.ok) return check;
  // A study's wave keeps its identification code: refused here, before anything is kept (decision 060).
  const waveRefusal = await waveVersionRefusal(survey.id, check.definition);
  if (waveRefusal) return { ok: false, problems: [{ path: "(identification code)", message: waveRefusal }] };
  const contentHash = definitionHash(check.definition);
  const live = await currentVersionSeries(survey.id);
  if (live?.latest.contentHash === contentHash) {
    await prisma.pendingInstrumentVersion.deleteMany({ where: { surveyId: survey.id } });
    return { ok: true, staged: false, liveVersion: live.latest.version };
  }
  const row = { definition: JSON.stringify(check.definition), contentHash };
  await prisma.pendingInstrumentVersion.upsert({
    where: { surveyId: survey.id },
    create: { surveyId: survey.id, ...row },
    update: { ...row, createdAt: new Date() },
  });
  await recordAuditEvent({
    researcherId,
    action: "stage-version",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail: contentHash.slice(0, 12),
  });
  return { ok: true, staged: true };
}

/** The pending definition of a survey, or null. */
export async function pendingDefinition(
  surveyId: string,
): Promise<{ id: string; contentHash: string; definition: InstrumentDefinition } | null> {
  const row = await prisma.pendingInstrumentVersion.findUnique({
    where: { surveyId },
    select: { id: true, contentHash: true, definition: true },
  });
  if (!row) return null;
  return { ...row, definition: instrumentDefinitionSchema.parse(JSON.parse(row.definition)) };
}

/** What the confirmation page shows: the pending version against the live one, and the verdict in words. */
export interface PendingReview {
  pendingId: string;
  contentHash: string;
  /** the number it gets when confirmed */
  nextVersion: number;
  title: string;
  live: { version: number; title: string } | null;
  compatibility: VersionCompatibility | null;
  /** "Compatible: responses will be pooled with versions 1–2 (same codes and scales)." or why a new series starts */
  verdict: string;
}

function verdictOf(compatibility: VersionCompatibility | null, pooledWith: number[], next: number): string {
  if (!compatibility) return `Version ${next} will be the survey's first version.`;
  const label = versionsLabel(pooledWith);
  if (compatibility.compatible)
    return `Compatible: responses to version ${next} will be pooled with ${label} (same codes and scales).`;
  return `Version ${next} starts a new series: its responses will not be pooled with ${label}, because ${compatibility.reasons.join("; ")}.`;
}

/** The survey's pending version reviewed against its live version, or null when nothing is pending. */
export async function pendingReview(surveyId: string): Promise<PendingReview | null> {
  const [pending, series] = await Promise.all([pendingDefinition(surveyId), currentVersionSeries(surveyId)]);
  if (!pending) return null;
  const live = series?.latest ?? null;
  const compatibility = live ? versionCompatibility(live.definition, pending.definition) : null;
  const nextVersion = (live?.version ?? 0) + 1;
  return {
    pendingId: pending.id,
    contentHash: pending.contentHash,
    nextVersion,
    title: pending.definition.title.en,
    live: live ? { version: live.version, title: live.definition.title.en } : null,
    compatibility,
    verdict: verdictOf(compatibility, series?.versions.map((v) => v.version) ?? [], nextVersion),
  };
}

export type ConfirmOutcome = { ok: true; version: number; verdict: string } | { ok: false; message: string };

const STALE =
  "The pending definition changed or was discarded since this page was shown. Check the comparison below again.";

/**
 * Makes the pending version live, when it is still the one the researcher reviewed (same id and hash): it
 * becomes the survey's next version, new respondents get it, earlier responses keep theirs. Audited.
 */
export async function confirmPendingVersion(
  researcherId: string,
  survey: SurveyRef,
  reviewed: { pendingId: string; contentHash: string },
): Promise<ConfirmOutcome> {
  const isReviewed = (shown: { id: string; contentHash: string } | null) =>
    shown !== null && shown.id === reviewed.pendingId && shown.contentHash === reviewed.contentHash;
  const pending = await pendingDefinition(survey.id);
  if (!pending || !isReviewed(pending)) return { ok: false, message: STALE };
  // Staged before the survey became a wave: checked again, so no version can go live around the check.
  const waveRefusal = await waveVersionRefusal(survey.id, pending.definition);
  if (waveRefusal) return { ok: false, message: waveRefusal };
  const review = await pendingReview(survey.id);
  if (!review || !isReviewed({ id: review.pendingId, contentHash: review.contentHash }))
    return { ok: false, message: STALE };
  const version = await addInstrumentVersion(survey.id, pending.definition);
  await prisma.pendingInstrumentVersion.delete({ where: { id: pending.id } });
  await prisma.survey.update({ where: { id: survey.id }, data: { title: pending.definition.title.en } });
  await recordAuditEvent({
    researcherId,
    action: "new-version",
    target: `survey:${survey.slug}`,
    surveyId: survey.id,
    detail: `version ${version.version}, ${version.contentHash.slice(0, 12)}; ${review.compatibility?.compatible === false ? "new series" : "pooled"}`,
  });
  return { ok: true, version: version.version, verdict: review.verdict };
}

/** Throws the pending definition away; nothing was ever live. Audited. */
export async function discardPendingVersion(
  researcherId: string,
  survey: SurveyRef,
  pendingId: string,
): Promise<boolean> {
  const { count } = await prisma.pendingInstrumentVersion.deleteMany({
    where: { id: pendingId, surveyId: survey.id },
  });
  if (count > 0)
    await recordAuditEvent({
      researcherId,
      action: "discard-version",
      target: `survey:${survey.slug}`,
      surveyId: survey.id,
    });
  return count > 0;
}

/** The definition the lab preview shows: the live version, or (`pending`) the one awaiting confirmation. */
export async function versionToPreview(
  surveyId: string,
  pending: boolean,
): Promise<{ version: number; definition: InstrumentDefinition } | null> {
  const live = (await currentVersionSeries(surveyId))?.latest ?? null;
  if (!pending) return live;
  const waiting = await pendingDefinition(surveyId);
  return waiting && { version: (live?.version ?? 0) + 1, definition: waiting.definition };
}
