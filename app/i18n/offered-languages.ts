import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { completeInterfaceLanguages } from "./catalog-check";

/**
 * Languages a respondent may choose: those the definition lists AND whose interface catalog is complete, so no
 * page falls back to English halfway. (A listed language has every text of the definition: the definition checks
 * refuse it otherwise.) Always at least one (the definition's first, else English). Shared: the respondent pages
 * offer these, the lab shows them.
 */
export function offeredLanguages(definition: InstrumentDefinition | undefined): string[] {
  const listed = definition?.languages ?? ["en"];
  const complete = completeInterfaceLanguages();
  const offered = listed.filter((language) => complete.has(language));
  return offered.length > 0 ? offered : [listed[0] ?? "en"];
}
