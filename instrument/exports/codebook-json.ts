import { buildCodebook, type CodebookNotes } from "../codebook";
import type { InstrumentDefinition } from "../definition-schema";

/** codebook.json: the instrument's codebook (buildCodebook) as indented JSON with a final newline. */
export function codebookJson(definition: InstrumentDefinition, notes: CodebookNotes = {}): string {
  return `${JSON.stringify(buildCodebook(definition, notes), null, 2)}\n`;
}
