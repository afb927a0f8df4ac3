import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { codeElement } from "../../instrument/identification-code-elements";
import { answerFields, identificationCodeItem } from "../../instrument/traversal";
import { type CoarseningLevel, levelChain, type LevelChain, levelRecode } from "./coarsening-steps";
import {
  type DisclosureRecord,
  LANGUAGE_QUASI_IDENTIFIER,
  type QuasiIdentifierRecode,
} from "./coarsening-types";
import { recodeDescription } from "./recode-description";

/** One quasi-identifier with its chain of coarser levels, however its values are read. */
export type QuasiIdentifier = {
  id: string;
  kind: string;
  label: string;
  chain: LevelChain;
  recodeAt: (level: CoarseningLevel) => QuasiIdentifierRecode | null;
  describe: (recode: QuasiIdentifierRecode) => string;
};

/** The language answered in: kept as answered, or left out (a merge of languages would mislabel answers). */
function languageQuasiIdentifier(records: readonly DisclosureRecord[]): QuasiIdentifier {
  const answered = records.map((record) => record.language ?? "en");
  return {
    id: LANGUAGE_QUASI_IDENTIFIER,
    kind: "language",
    label: "Language the survey was answered in",
    chain: { levels: [{ kind: "exact" }, { kind: "suppress" }], values: [answered, records.map(() => "")] },
    recodeAt: (level) => (level.kind === "suppress" ? { kind: "suppress" } : null),
    describe: () => "left out of the export (every value empty)",
  };
}

/**
 * The quasi-identifiers of an export: the items the definition flags `quasiIdentifier`, and, when the survey
 * is offered in more than one language, the language each response was answered in.
 */
export function quasiIdentifiers(
  definition: InstrumentDefinition,
  records: readonly DisclosureRecord[],
): QuasiIdentifier[] {
  const answers = records.map((record) => record.answers);
  const items = answerFields(definition)
    .filter((field) => field.item.quasiIdentifier)
    .map((field): QuasiIdentifier => ({
      id: field.id,
      kind: field.item.quasiIdentifier?.kind ?? "other",
      label: field.text.en,
      chain: levelChain(field, answers),
      recodeAt: (level) => levelRecode(field, level),
      describe: (recode) => recodeDescription(recode, field),
    }));
  return definition.languages.length > 1 ? [...items, languageQuasiIdentifier(records)] : items;
}

/** A quasi-identifier no export can carry, so no coarsening needs to consider it. */
export type WithheldQuasiIdentifier = { id: string; label: string; reason: string };

/**
 * The identification code's elements (decision 059): together they come close to singling a person out, which
 * is why they are stored only as keyed hashes and withheld from every export, coarsened or not.
 */
export function withheldQuasiIdentifiers(definition: InstrumentDefinition): WithheldQuasiIdentifier[] {
  const found = identificationCodeItem(definition);
  if (!found) return [];
  return found.item.elements.map((id) => ({
    id: `${found.item.id}.${id}`,
    label: codeElement(id).prompt.en,
    reason: "identification code: stored only as keyed hashes, not in any export",
  }));
}
