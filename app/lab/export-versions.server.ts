import { currentVersionSeries, type SeriesEntry } from "~/surveys/version-series.server";

/** One choice of "which versions" on the export tab: a pooled series ("1-3") or a single version ("2"). */
export interface ExportVersionOption {
  /** what the form sends and the query string holds */
  value: string;
  /** what the researcher reads */
  label: string;
  /** the row ids of the versions it covers, ascending; the last one's definition reads every row */
  ids: string[];
}

const rangeValue = (versions: SeriesEntry["versions"]) => {
  const first = versions[0]?.version;
  const last = versions.at(-1)?.version;
  return first === last ? String(first) : `${first}-${last}`;
};

/**
 * What the export tab offers, the default first: the current series pooled (decision 032), then each earlier
 * series pooled, then every version alone. Null when the survey has no version.
 */
export async function exportVersionOptions(
  surveyId: string,
): Promise<{ options: ExportVersionOption[]; defaultValue: string } | null> {
  const found = await currentVersionSeries(surveyId);
  if (!found) return null;
  const series = [...found.allSeries].reverse();
  const pooled = series
    .filter((entry) => entry.versions.length > 1)
    .map((entry, index) => ({
      value: rangeValue(entry.versions),
      label: `${entry.label[0]?.toUpperCase()}${entry.label.slice(1)} pooled (same codes and scales)${index === 0 && entry === series[0] ? ", the current series" : ""}`,
      ids: entry.versions.map((version) => version.id),
    }));
  const single = series
    .flatMap((entry) => [...entry.versions].reverse())
    .map((version) => ({
      value: String(version.version),
      label: `Version ${version.version} only`,
      ids: [version.id],
    }));
  const defaultValue = rangeValue(found.versions);
  const options = [...pooled, ...single].sort(
    (a, b) => Number(b.value === defaultValue) - Number(a.value === defaultValue),
  );
  return { options, defaultValue };
}
