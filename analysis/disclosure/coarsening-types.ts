import type { Answers } from "../../instrument/answers";

/**
 * One record as disclosure control sees it: an id, the answers whose quasi-identifiers it groups by, and the
 * language it was answered in (a quasi-identifier too in a survey offered in more than one language).
 */
export type DisclosureRecord = { id: string; answers: Answers; language?: string };

/**
 * The key of the response's language in a coarsening's recodes (the export's `language` column). In a survey
 * in several languages a rare language singles people out as surely as a rare country: few answer in it.
 */
export const LANGUAGE_QUASI_IDENTIFIER = "language";

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
