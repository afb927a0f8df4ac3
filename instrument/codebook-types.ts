import type { CodebookIdentificationCode } from "./identification-code-notice";
import type { ItemType } from "./items";

/**
 * The codebook: every stored variable, scale and derived variable of an instrument,
 * derived from the definition alone (through answerFields), in English. Rationale that
 * does not belong in the definition — why an item is worded or placed as it is — comes
 * in as notes keyed by id, and an unknown id is an error so notes cannot drift.
 */

export type CodebookNotes = {
  general?: string[];
  pages?: Record<string, string>;
  variables?: Record<string, string>;
  scales?: Record<string, string>;
  derived?: Record<string, string>;
};

export type CodebookOption = {
  code: number;
  label: string;
  score: number | null;
  missingForScoring: boolean;
  fixedPosition: boolean;
};

export type CodebookVariable = {
  id: string;
  page: string;
  pageNumber: number;
  type: ItemType;
  /** For matrix rows: the matrix's id (the rows are the stored variables). */
  matrix: string | null;
  /** The matrix's shared question, for matrix rows. */
  stem: string | null;
  text: string;
  help: string | null;
  answerScale: string | null;
  options: CodebookOption[] | null;
  numeric: {
    min: number;
    max: number;
    step: number;
    unit: string | null;
    minLabel: string | null;
    maxLabel: string | null;
  } | null;
  freeText: { maxLength: number; multiline: boolean } | null;
  /** Export columns when one variable is stored as several (multiple choice: one 0/1 column per option). */
  columns: string[];
  required: boolean;
  /** When the variable is asked, in words (page and item conditions combined); null = always. */
  condition: string | null;
  /** The same question worded for a group (e.g. past tense for leavers): when, in words, and the full wording. */
  wordings: { when: string; question: string }[];
  scales: { id: string; reverse: boolean }[];
  quasiIdentifier: { kind: string; bands: number[] | null } | null;
  attentionCheck: { expected: number; label: string | null } | null;
  /** Randomisation that applies to this variable's presentation. */
  randomized: string[];
  note: string | null;
};

export type CodebookPage = {
  id: string;
  number: number;
  title: string;
  intro: string | null;
  condition: string | null;
  /** The title and intro worded for a group, when, in words; null = as the page's own. */
  wordings: { when: string; title: string | null; intro: string | null }[];
  screenOut: { unless: string; message: string } | null;
  randomizeItems: boolean;
  variables: string[];
  note: string | null;
};

export type CodebookReference = {
  id: string;
  citation: string;
  url: string | null;
  terms: string | null;
  scales: string[];
};

export type CodebookScale = {
  id: string;
  label: string;
  description: string | null;
  items: string[];
  reverse: string[];
  aggregation: "mean" | "sum";
  rescale: "none" | "0-100";
  minAnsweredShare: number;
  minimumAnswered: number;
  method: string;
  reference: string | null;
  note: string | null;
};

export type CodebookDerived = {
  id: string;
  label: string;
  kind: "difference";
  of: string[];
  formula: string;
  note: string | null;
};

/** A label as each loader sets it: load.R, load.sps, load.do. */
export type LoaderLabel = { r: string; spss: string; stata: string };

/**
 * The labels of one export column as the loaders set them, so every label in a statistics package
 * can be traced to its wording: `rewritten` is true when a loader's label differs from the wording
 * it comes from (made one line, shortened, or adapted for Stata).
 */
export type CodebookColumnLabels = {
  column: string;
  label: LoaderLabel;
  rewritten: boolean;
  values: { code: number; label: LoaderLabel; rewritten: boolean }[];
};

/** One language's wording status per scale: the source, a validated translation (with citation) or a draft. */
export type CodebookWording = {
  language: string;
  scales: { scale: string; status: "source" | "validated" | "draft"; citation: string | null }[];
};

export type Codebook = {
  instrument: {
    id: string;
    schemaVersion: number;
    title: string;
    description: string;
    languages: string[];
    estimatedMinutes: number;
    dataUse: string;
  };
  notes: string[];
  answerScales: { id: string; label: string; options: CodebookOption[] }[];
  pages: CodebookPage[];
  variables: CodebookVariable[];
  scales: CodebookScale[];
  derived: CodebookDerived[];
  references: CodebookReference[];
  /** Per language, each scale's wording status; only in a codebook of more than one language. */
  wording?: CodebookWording[];
  /** Every export column's variable and value labels in load.R, load.sps and load.do. */
  labels: CodebookColumnLabels[];
  /** The identification code, described but never exported (decision 059); absent when none is asked. */
  identificationCode?: CodebookIdentificationCode;
  /** The exports' missing-data codes and score precision (instrument/missing-codes.ts). */
  missingData: {
    codes: {
      reason: "not-shown" | "skipped" | "not-computable";
      code: number;
      label: string;
      stata: string;
    }[];
    /** Stata's extended missing value for each code an option marks missing for scoring. */
    stataDontKnow: { code: number; stata: string }[];
    scoreDecimals: number;
  };
};
