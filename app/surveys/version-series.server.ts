import { prisma } from "~/db.server";
import { instrumentVersionById, type InstrumentVersionRecord } from "~/surveys/instrument-versions.server";
import { versionSeries, versionsLabel } from "../../instrument/version-series";

/**
 * The versions whose responses the lab analyses, exports and charts together: the current series (docs/decisions/032).
 * Every "which versions?" question of the lab and of findings is answered here and nowhere else.
 */
export interface SeriesEntry {
  /** ascending */
  versions: { id: string; version: number }[];
  /** "versions 1–3", "version 4" */
  label: string;
  /** why it did not continue the series before it, in words; empty for the survey's first */
  startedBecause: string[];
}

export interface CurrentSeries {
  /** the live version: its definition reads every pooled response */
  latest: InstrumentVersionRecord;
  /** the versions pooled, ascending */
  versions: { id: string; version: number }[];
  /** "versions 1–3", "version 4" */
  label: string;
  /** why this series did not continue the one before it, in words; empty when it is the survey's first */
  startedBecause: string[];
  /** the earlier series' labels, oldest first ("versions 1–2") */
  earlier: string[];
  /** One sentence for the page: "Versions 1–3 pooled: same codes and scales." */
  statement: string;
  /** every series of the survey, oldest first; the last is the current one */
  allSeries: SeriesEntry[];
}

const capital = (text: string) => `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;

function statementOf(label: string, pooled: number, startedBecause: string[], earlier: string[]): string {
  const base = pooled > 1 ? `${capital(label)} pooled: same codes and scales.` : `${capital(label)} only.`;
  if (startedBecause.length === 0) return base;
  const previous = earlier.at(-1) ?? "the earlier versions";
  return `${base} ${capital(previous)} ${previous.startsWith("versions") ? "are" : "is"} not pooled with it: ${startedBecause.join("; ")}.`;
}

/**
 * The survey's current series of instrument versions: the live (latest) version and the consecutive versions
 * before it that are compatible with it ({@link versionSeries}), or null when the survey has no version.
 *
 * @example
 * const series = await currentVersionSeries(survey.id);
 * series?.statement; // "Versions 1–3 pooled: same codes and scales."
 */
export async function currentVersionSeries(surveyId: string): Promise<CurrentSeries | null> {
  const rows = await prisma.instrumentVersion.findMany({
    where: { surveyId },
    orderBy: { version: "asc" },
    select: { id: true },
  });
  const records = (await Promise.all(rows.map((row) => instrumentVersionById(row.id)))).filter(
    (record): record is InstrumentVersionRecord => record !== null,
  );
  const latest = records.at(-1);
  if (!latest) return null;
  const allSeries = versionSeries(records).map((series): SeriesEntry => ({
    versions: records
      .filter((record) => series.versions.includes(record.version))
      .map((record) => ({ id: record.id, version: record.version })),
    label: versionsLabel(series.versions),
    startedBecause: series.startedBecause,
  }));
  const current = allSeries.at(-1);
  if (!current) return null;
  const earlier = allSeries.slice(0, -1).map((series) => series.label);
  return {
    latest,
    versions: current.versions,
    label: current.label,
    startedBecause: current.startedBecause,
    earlier,
    statement: statementOf(current.label, current.versions.length, current.startedBecause, earlier),
    allSeries,
  };
}
