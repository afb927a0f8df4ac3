import { buildCodebook, type CodebookNotes } from "../instrument/codebook";
import type { InstrumentDefinition } from "../instrument/definition-schema";

/** codebook.json: the instrument's codebook (buildCodebook) as indented JSON with a final newline. */
export function codebookJson(definition: InstrumentDefinition, notes: CodebookNotes = {}): string {
  return `${JSON.stringify(buildCodebook(definition, notes), null, 2)}\n`;
}
