import { buildCodebook, type CodebookNotes, renderCodebookMarkdown } from "../instrument/codebook";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import { definitionInLanguage } from "../instrument/definition-in-language";
import type { Coarsening } from "./export-types";
import { labelFileLanguages, spssLanguageLabels, stataLanguageLabels } from "./language-label-files";

/** A file of one language besides English, by the name used in download URLs: its label files and codebook. */
export type LanguageFile = `labels-${string}.sps` | `labels-${string}.do` | `codebook-${string}.md`;

const LANGUAGE_FILE_NAME =
  /^(?:labels-([a-z]{2,3}(?:-[A-Z]{2})?)\.(sps|do)|codebook-([a-z]{2,3}(?:-[A-Z]{2})?)\.md)$/;
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** The language and kind of a language file's name; null for any other name. */
export function parseLanguageFile(
  name: string | undefined,
): { file: LanguageFile; language: string; format: "sps" | "do" | "md" } | null {
  const match = LANGUAGE_FILE_NAME.exec(name ?? "");
  if (!match) return null;
  const file = match[0] as LanguageFile;
  if (match[3]) return { file, language: match[3], format: "md" };
  return { file, language: match[1]!, format: match[2] as "sps" | "do" };
}

/** The files per language an export of this definition offers, with their titles: none for an English-only survey. */
export function languageFiles(definition: InstrumentDefinition): { file: LanguageFile; title: string }[] {
  return labelFileLanguages(definition).flatMap((language) => {
    const name = languageNames.of(language) ?? language;
    return [
      { file: `codebook-${language}.md`, title: `Codebook (Markdown) with the wording in ${name}` },
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

type LanguageFileInput = {
  definition: InstrumentDefinition;
  coarsen: Coarsening | null;
  notes?: CodebookNotes;
  baseName: string;
};

/** The body of a language file; the definition offers the language. */
function languageFileBody(format: "sps" | "do" | "md", language: string, input: LanguageFileInput): string {
  const { definition, coarsen } = input;
  if (format === "sps") return spssLanguageLabels(definition, language, { coarsen });
  if (format === "do") return stataLanguageLabels(definition, language, { coarsen });
  return renderCodebookMarkdown(buildCodebook(definitionInLanguage(definition, language), input.notes));
}

/**
 * One language's label file or codebook as a download; null when the definition does not offer that language
 * (the caller answers 404).
 */
export function buildLanguageFile(
  file: LanguageFile,
  input: LanguageFileInput,
): { body: string; fileName: string; contentType: string } | null {
  const parsed = parseLanguageFile(file);
  if (!parsed || !labelFileLanguages(input.definition).includes(parsed.language)) return null;
  return {
    body: languageFileBody(parsed.format, parsed.language, input),
    fileName: `${input.baseName}-${file}`,
    contentType: parsed.format === "md" ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8",
  };
}
