import type { InstrumentDefinition } from "../instrument/definition-schema";

/**
 * The scales and derived variables computed, directly or through another derived variable, from
 * any of the given variables. Their columns would leak those variables, so they are left empty
 * wherever the variables are coarsened or suppressed. Cost: O(scales × items + derived).
 */
export function scoresComputedFrom(
  definition: InstrumentDefinition,
  variables: ReadonlySet<string>,
): Set<string> {
  const computed = new Set<string>();
  for (const scale of definition.scales)
    if (scale.items.some((id) => variables.has(id))) computed.add(scale.id);
  for (const variable of definition.derived)
    if (variable.of.some((id) => variables.has(id) || computed.has(id))) computed.add(variable.id);
  return computed;
}
