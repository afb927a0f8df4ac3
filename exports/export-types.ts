import type { Coarsening } from "../analysis/disclosure";
import type { Answers } from "../instrument/answers";

/**
 * The shapes every export builder shares. Builders are pure: the caller reads the database and
 * hands over plain data; everything else (columns, labels, codes) derives from the definition.
 */

/** One stored response, as the export sees it. */
export type ExportResponse = {
  id: string;
  /** The instrument version number the response answered (1, 2, …). */
  instrumentVersion: number;
  /** Calendar day, YYYY-MM-DD. */
  submittedOn: string;
  durationSeconds: number | null;
  /** Reasons it is excluded from analysis ("speeder", "manual", …); empty when it is included. */
  exclusions: string[];
  isSynthetic: boolean;
  /** The language the response was answered in; "en" when absent. */
  language?: string;
  answers: Answers;
};

/** A free-text answer a researcher hid from exports. */
export type HiddenText = { responseId: string; itemId: string };

/** What replaces a hidden free-text answer in the CSV. */
export const HIDDEN_TEXT_MARKER = "[hidden by researcher]";

// The coarsening a k-anonymity plan applies is disclosure control's (analysis/disclosure); the files apply it.
export type { Coarsening, QuasiIdentifierRecode, ValueBand } from "../analysis/disclosure";

/** Options every file that describes the CSV takes, so the descriptions match the data. */
export type ExportLayoutOptions = {
  /** Apply this coarsening (from kAnonymityReport) to the quasi-identifiers. */
  coarsen?: Coarsening | null;
};

export type WideCsvOptions = ExportLayoutOptions & { hiddenTexts: readonly HiddenText[] };

/** Options of the files that load the CSV (R, SPSS, Stata) or describe it (datapackage.json). */
export type LoaderOptions = ExportLayoutOptions & {
  /** The CSV's file name as downloaded, e.g. "support-work-v1-responses.csv". */
  csvFileName?: string;
};

export const DEFAULT_CSV_FILE_NAME = "responses.csv";
