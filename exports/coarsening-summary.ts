import type { InstrumentDefinition } from "../instrument/definition-schema";
import { answerFields } from "../instrument/traversal";
import type { Coarsening } from "./export-types";

/**
 * What a coarsening did to the CSV, in sentences for the top of datapackage.json's description
 * and of the loader files: the variables recoded, and the rows whose quasi-identifiers were all
 * blanked (local suppression). Empty when there is no coarsening.
 */
export function coarseningSummary(
  definition: InstrumentDefinition,
  coarsen: Coarsening | null | undefined,
): string[] {
  if (!coarsen) return [];
  const recoded = Object.keys(coarsen.recodes);
  const rows = coarsen.suppressedResponses?.length ?? 0;
  const quasiIdentifiers = answerFields(definition)
    .filter((field) => field.item.quasiIdentifier)
    .map((field) => field.id);
  return [
    ...(recoded.length > 0
      ? [`Coarsened for ${coarsen.k}-anonymity: ${recoded.join(", ")} (see each field's description).`]
      : []),
    ...(rows > 0
      ? [
          `Locally suppressed for ${coarsen.k}-anonymity: in ${rows} ${rows === 1 ? "row" : "rows"} every quasi-identifier (${quasiIdentifiers.join(", ")}) is empty, as is every score computed from one, because those responses stayed in classes smaller than ${coarsen.k}; the rest of those rows is kept.`,
        ]
      : []),
  ];
}
