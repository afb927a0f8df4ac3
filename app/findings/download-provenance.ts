/** The licence of every published finding (its text, charts and tables); see docs/decisions/025. */
export const FINDINGS_LICENCE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const PROJECT_NAME = "Negative Space";

/** The stamp every download of a finding with synthetic data carries, visibly. */
export const SYNTHETIC_STAMP = "SYNTHETIC DEMO DATA";

/** What every download of a finding version says about where it comes from. */
export interface DownloadProvenance {
  title: string;
  version: number;
  /** the version's permalink, …/findings/<slug>/v/<n> */
  permalink: string;
  isSynthetic: boolean;
}

/** The one-sentence source line drawn under downloaded charts and written atop CSVs. */
export const sourceLine = (p: DownloadProvenance) =>
  `Source: ${PROJECT_NAME}, “${p.title}”, version ${p.version}, ${p.permalink}. ` +
  `Licence: CC BY 4.0 (${FINDINGS_LICENCE.path}).`;

/** The synthetic-data warning, in words. */
export const syntheticNotice = `${SYNTHETIC_STAMP}: generated respondents, not a real survey.`;

/** The provenance as a JSON object (vega-lite `usermeta`, the data package's custom field). */
export const provenanceMetadata = (p: DownloadProvenance) => ({
  project: PROJECT_NAME,
  title: p.title,
  version: p.version,
  permalink: p.permalink,
  licence: FINDINGS_LICENCE,
  synthetic: p.isSynthetic,
  ...(p.isSynthetic ? { notice: syntheticNotice } : {}),
});
