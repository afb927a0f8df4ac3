export {
  buildExportFile,
  downloadName,
  EXPORT_FILE_INFO,
  EXPORT_FILES,
  type ExportFile,
} from "./build-export-file";
export { codebookJson } from "./codebook-json";
export { codebookMarkdown } from "./codebook-markdown";
export { csvCell } from "../instrument/encode/csv";
export { dataPackageJson } from "./data-package-json";
export { type ExportColumn, exportColumns } from "./export-columns";
export { exportRows } from "./export-rows";
export * from "./export-types";
export { labelledCsv } from "./labelled-csv";
export { type LinkedCodebookInput, linkedCodebookMarkdown } from "./linked-codebook";
export {
  LINKED_FIXED_COLUMNS,
  linkedCsv,
  type LinkedMissingCodes,
  type LinkedPerson,
  type LinkedWave,
} from "./linked-csv";
export {
  MISSING_REASON_LABELS,
  type MissingCode,
  missingCodes,
  type MissingReason,
  roundScore,
  SCORE_DECIMALS,
} from "../instrument/missing-codes";
// The k-anonymity plan is disclosure control (analysis/disclosure); re-exported for the export screens.
export {
  type ClassStats,
  DEFAULT_K,
  DEFAULT_SUPPRESSION_LIMIT,
  kAnonymityReport,
  type KAnonymityReport,
  numericBands,
} from "../analysis/disclosure";
export { rSyntax } from "./r-syntax";
export { spssSyntax } from "./spss-syntax";
export { stataSyntax } from "./stata-syntax";
export { truncateLabel } from "../instrument/encode/truncate-label";
export { wideCsv } from "./wide-csv";
export {
  buildLanguageFile,
  languageFiles,
  type LanguageFile,
  parseLanguageFile,
} from "./language-file-export";
