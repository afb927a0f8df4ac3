// Statistical disclosure control: what may be published or exported without identifying anyone. Small-cell
// suppression for published tables and charts, and the k-anonymity plan (coarsening and local suppression)
// for the responses exports. Pure, like the rest of analysis/: the exports (exports/) and the survey
// analysis (analysis/survey) both use it from here.
export { type CellStatus, type SuppressionCell, suppressSmallCells } from "./suppress-small-cells";
export { type GroupedBandsStatus, suppressGroupedBands } from "./suppress-grouped-bands";
export type { Coarsening, DisclosureRecord, QuasiIdentifierRecode, ValueBand } from "./coarsening-types";
export { LANGUAGE_QUASI_IDENTIFIER } from "./coarsening-types";
export { type ClassStats, equivalenceClasses, recordsBelowK } from "./equivalence-classes";
export {
  type CodedChain,
  LATTICE_SEARCH_BUDGET,
  type LatticeResult,
  latticeSearch,
  type LatticeSearchOptions,
} from "./lattice-search";
export { type CoarseningLevel, levelChain, type LevelChain } from "./coarsening-steps";
export { numericBands } from "./numeric-bands";
export { bandOf, recodeValue } from "./recode-value";
export { recodeDescription } from "./recode-description";
export { DEFAULT_K, DEFAULT_SUPPRESSION_LIMIT, kAnonymityReport, type KAnonymityReport } from "./k-anonymity";
