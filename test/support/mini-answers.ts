/** Form fields as a browser posts them: name and value pairs, a name repeated for each ticked box. */
export type FormFields = [string, string][];

/** Answers to the mini instrument's pages (test/fixtures/mini-instrument.ts), as a hurried stayer gives them. */
export const MINI_START: FormFields = [
  ["consent", "1"],
  ["adult", "1"],
];
export const MINI_WORK: FormFields = [
  ["years", "4"],
  ["role", "1"],
];
export const MINI_STRAIN: FormFields = [
  ["b1", "1"],
  ["b2", "2"],
  ["attn", "3"],
  ["b3", "2"],
  ["b4", "4"],
  ["backing", "4"],
  ["recovery", "2"],
];
export const MINI_PAGES: [string, FormFields][] = [
  ["start", MINI_START],
  ["work", MINI_WORK],
  ["strain", MINI_STRAIN],
];
