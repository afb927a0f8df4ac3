import { type InstrumentDefinition, instrumentDefinitionSchema } from "./definition-schema";
import definitionJson from "./definitions/support-work-and-erosion.json" with { type: "json" };

/** The instrument the demo seeds and the analysis CLI scores by default. */
export const DEFAULT_INSTRUMENT_ID: string = definitionJson.id;

/**
 * The default "Support Work and Erosion Survey", parsed and cross-checked. Each call
 * returns a fresh object, so callers cannot affect one another.
 */
export function loadDefaultInstrument(): InstrumentDefinition {
  return instrumentDefinitionSchema.parse(definitionJson);
}
