import type { Answers } from "../answers";

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
  answers: Answers;
};

/** A free-text answer a researcher hid from exports. */
export type HiddenText = { responseId: string; itemId: string };

/** What replaces a hidden free-text answer in the CSV. */
export const HIDDEN_TEXT_MARKER = "[hidden by researcher]";

/** One band of a numeric quasi-identifier: values v with lower < v ≤ upper (null = unbounded). */
export type ValueBand = { code: number; label: string; lower: number | null; upper: number | null };

/** How one quasi-identifier is coarsened in an export. */
export type QuasiIdentifierRecode =
  /** A numeric answer replaced by its band's code, in a column named `<item>_band`. */
  | { kind: "bands"; bands: ValueBand[] }
  /** Rare categories merged into one new code. */
  | { kind: "merge"; merged: number[]; otherCode: number; otherLabel: string }
  /** Left out: every cell empty. */
  | { kind: "suppress" };

/** A coarsening plan, as k-anonymity.ts computes it: JSON-serialisable, keyed by variable id. */
export type Coarsening = {
  k: number;
  recodes: Record<string, QuasiIdentifierRecode>;
  /**
   * Responses suppressed locally (by id): the few left in classes smaller than k after the
   * recodes. Every quasi-identifier column of their rows is empty, and so is every score computed
   * from a quasi-identifier; the rest of their row is kept.
   */
  suppressedResponses?: readonly string[];
};

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
