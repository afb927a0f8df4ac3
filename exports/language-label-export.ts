import type { InstrumentDefinition } from "../instrument/definition-schema";
import type { Coarsening } from "./export-types";
import { labelFileLanguages, spssLanguageLabels, stataLanguageLabels } from "./language-label-files";

/** A label file of one language besides English, by the name used in download URLs. */
export type LanguageLabelFile = `labels-${string}.sps` | `labels-${string}.do`;

const LABEL_FILE_NAME = /^labels-([a-z]{2,3}(?:-[A-Z]{2})?)\.(sps|do)$/;
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** The language and package of a label file's name; null for any other name. */
export function parseLanguageLabelFile(
  name: string | undefined,
): { file: LanguageLabelFile; language: string; format: "sps" | "do" } | null {
  const match = LABEL_FILE_NAME.exec(name ?? "");
  if (!match) return null;
  return { file: match[0] as LanguageLabelFile, language: match[1]!, format: match[2] as "sps" | "do" };
}

/** The label files an export of this definition offers, with their titles: none for an English-only survey. */
export function languageLabelFiles(
  definition: InstrumentDefinition,
): { file: LanguageLabelFile; title: string }[] {
  return labelFileLanguages(definition).flatMap((language) => {
    const name = languageNames.of(language) ?? language;
    return [
      {
        file: `labels-${language}.sps`,
        title: `SPSS syntax: variable and value labels in ${name} (run after load.sps)`,
      },
      {
        file: `labels-${language}.do`,
        title: `Stata do-file: variable and value labels in ${name} (run after load.do)`,
      },
    ];
  });
}

/**
 * One language's label file as a download; null when the definition does not offer that language (the caller
 * answers 404).
 */
export function buildLanguageLabelFile(
  file: LanguageLabelFile,
  input: { definition: InstrumentDefinition; coarsen: Coarsening | null; baseName: string },
): { body: string; fileName: string; contentType: string } | null {
  const parsed = parseLanguageLabelFile(file);
  if (!parsed || !labelFileLanguages(input.definition).includes(parsed.language)) return null;
  const build = parsed.format === "sps" ? spssLanguageLabels : stataLanguageLabels;
  return {
    body: build(input.definition, parsed.language, { coarsen: input.coarsen }),
    fileName: `${input.baseName}-${file}`,
    contentType: "text/plain; charset=utf-8",
  };
}
