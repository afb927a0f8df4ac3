import type { CodebookNotes } from "../instrument/codebook";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import { codebookJson } from "./codebook-json";
import { codebookMarkdown } from "./codebook-markdown";
import { dataPackageJson } from "./data-package-json";
import type { Coarsening, ExportResponse, HiddenText } from "./export-types";
import { labelledCsv } from "./labelled-csv";
import { rSyntax } from "./r-syntax";
import { spssSyntax } from "./spss-syntax";
import { stataSyntax } from "./stata-syntax";
import { wideCsv } from "./wide-csv";

/** The files an export offers, by the name used in download URLs. */
export const EXPORT_FILES = [
  "responses.csv",
  "responses-labelled.csv",
  "codebook.md",
  "codebook.json",
  "datapackage.json",
  "load.R",
  "load.sps",
  "load.do",
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

export const EXPORT_FILE_INFO: Record<ExportFile, { contentType: string; title: string }> = {
  "responses.csv": {
    contentType: "text/csv; charset=utf-8; header=present",
    title: "Responses (wide CSV, coded values and missing-data codes; what the loaders read)",
  },
  "responses-labelled.csv": {
    contentType: "text/csv; charset=utf-8; header=present",
    title: "Responses (wide CSV, option labels and missing-data reasons in words; for reading)",
  },
  "codebook.md": { contentType: "text/markdown; charset=utf-8", title: "Codebook (Markdown)" },
  "codebook.json": { contentType: "application/json; charset=utf-8", title: "Codebook (JSON)" },
  "datapackage.json": {
    contentType: "application/json; charset=utf-8",
    title: "Frictionless Data Package descriptor",
  },
  "load.R": { contentType: "text/plain; charset=utf-8", title: "R script: loads the CSV with labels" },
  "load.sps": { contentType: "text/plain; charset=utf-8", title: "SPSS syntax: loads the CSV with labels" },
  "load.do": { contentType: "text/plain; charset=utf-8", title: "Stata do-file: loads the CSV with labels" },
};

export type ExportFileInput = {
  definition: InstrumentDefinition;
  responses: readonly ExportResponse[];
  hiddenTexts: readonly HiddenText[];
  coarsen: Coarsening | null;
  notes?: CodebookNotes;
  /** Prefix of every downloaded file name, e.g. "support-work-and-erosion-v1". */
  baseName: string;
};

/** The name a file downloads under: the base name and the file, except datapackage.json, whose name is conventional. */
export function downloadName(file: ExportFile, baseName: string): string {
  return file === "datapackage.json" ? file : `${baseName}-${file}`;
}

/**
 * One export file's body, download name and content type. The loaders and the data package
 * point at the CSV by its download name, and all of them describe the same coarsening.
 */
export function buildExportFile(
  file: ExportFile,
  input: ExportFileInput,
): { body: string; fileName: string; contentType: string } {
  const { definition, coarsen } = input;
  const csvFileName = downloadName("responses.csv", input.baseName);
  const loader = { coarsen, csvFileName };
  const bodies: Record<ExportFile, () => string> = {
    "responses.csv": () => wideCsv(definition, input.responses, { hiddenTexts: input.hiddenTexts, coarsen }),
    "responses-labelled.csv": () =>
      labelledCsv(definition, input.responses, { hiddenTexts: input.hiddenTexts, coarsen }),
    "codebook.md": () => codebookMarkdown(definition, input.notes),
    "codebook.json": () => codebookJson(definition, input.notes),
    "datapackage.json": () => dataPackageJson(definition, { ...loader, name: input.baseName }),
    "load.R": () => rSyntax(definition, loader),
    "load.sps": () => spssSyntax(definition, loader),
    "load.do": () => stataSyntax(definition, loader),
  };
  return {
    body: bodies[file](),
    fileName: downloadName(file, input.baseName),
    contentType: EXPORT_FILE_INFO[file].contentType,
  };
}
