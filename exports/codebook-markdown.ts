import { buildCodebook, type CodebookNotes, renderCodebookMarkdown } from "../instrument/codebook";
import type { InstrumentDefinition } from "../instrument/definition-schema";

/** codebook.md: the instrument's codebook rendered as Markdown, exactly as the committed codebook is. */
export function codebookMarkdown(definition: InstrumentDefinition, notes: CodebookNotes = {}): string {
  return renderCodebookMarkdown(buildCodebook(definition, notes));
}
