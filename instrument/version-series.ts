import type { InstrumentDefinition } from "./definition-schema";
import { versionCompatibility } from "./version-compatibility";

/** A run of consecutive instrument versions whose responses are analysed together. */
export interface VersionSeries {
  /** version numbers, ascending */
  versions: number[];
  /** why the series did not continue the one before it, in words; empty for the first series */
  startedBecause: string[];
}

/** "version 2", "versions 1–3". */
export function versionsLabel(versions: readonly number[]): string {
  const first = versions[0];
  const last = versions.at(-1);
  if (first === undefined || last === undefined) return "no version";
  return first === last ? `version ${first}` : `versions ${first}–${last}`;
}

/**
 * Splits a survey's versions into series: each version joins the series of the version before it when the two
 * are compatible ({@link versionCompatibility}), and starts a new series, with the reasons, when they are not.
 * Only consecutive versions are compared. The last series is the current one.
 *
 * Cost: O(versions) comparisons.
 * @throws Error when `versions` is empty or not in ascending order
 * @example
 * versionSeries([{ version: 1, definition: v1 }, { version: 2, definition: v2 }]);
 * // [{ versions: [1, 2], startedBecause: [] }]
 */
export function versionSeries(
  versions: readonly { version: number; definition: InstrumentDefinition }[],
): VersionSeries[] {
  if (versions.length === 0) throw new Error("versionSeries requires at least one version");
  const series: VersionSeries[] = [];
  versions.forEach((entry, index) => {
    const previous = versions[index - 1];
    const current = series.at(-1);
    if (previous && entry.version <= previous.version)
      throw new Error("versionSeries requires versions in ascending order");
    const reasons = previous ? versionCompatibility(previous.definition, entry.definition).reasons : [];
    if (current && reasons.length === 0) current.versions.push(entry.version);
    else series.push({ versions: [entry.version], startedBecause: reasons });
  });
  return series;
}
