import { buildCodebook, renderCodebookMarkdown } from "./codebook";
import { type InstrumentDefinition, instrumentDefinitionSchema } from "./definition-schema";
import definitionJson from "./definitions/support-work-and-erosion.json" with { type: "json" };
import { supportWorkAndErosionNotes } from "./definitions/support-work-and-erosion.notes";

/** The instrument the demo seeds and the analysis CLI scores by default. */
export const DEFAULT_INSTRUMENT_ID: string = definitionJson.id;

/** Where the default instrument's generated codebook is committed (relative to the project folder). */
export const DEFAULT_CODEBOOK_PATH = "docs/codebook-support-work-and-erosion.md";

/**
 * The default "Support Work and Erosion Survey", parsed and cross-checked. Each call
 * returns a fresh object, so callers cannot affect one another.
 */
export function loadDefaultInstrument(): InstrumentDefinition {
  return instrumentDefinitionSchema.parse(definitionJson);
}

/** The default instrument's codebook as Markdown, exactly as committed at DEFAULT_CODEBOOK_PATH. */
export function defaultCodebookMarkdown(): string {
  return renderCodebookMarkdown(buildCodebook(loadDefaultInstrument(), supportWorkAndErosionNotes));
}
