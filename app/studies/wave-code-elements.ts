import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { identificationCodeItem } from "../../instrument/traversal";

/** The identification-code elements a definition asks, in order, or null when it has no identification-code item. */
export function codeElementsOf(definition: InstrumentDefinition): readonly string[] | null {
  return identificationCodeItem(definition)?.item.elements ?? null;
}

/*
 * Stored definitions (parsed JSON) are read by shape, not through the schema: a wave check must not fail on a
 * part of a definition it does not look at.
 */
type IdentificationCodeShape = { type: "identificationCode"; elements: readonly string[] };

function isIdentificationCodeItem(item: unknown): item is IdentificationCodeShape {
  if (typeof item !== "object" || item === null) return false;
  if (!("type" in item) || item.type !== "identificationCode") return false;
  if (!("elements" in item) || !Array.isArray(item.elements)) return false;
  const elements: unknown[] = item.elements;
  return elements.every((element) => typeof element === "string");
}

/** The same walk over pages as stored (parsed JSON): the first identification-code item's elements. */
export function codeElementsInPages(
  pages: readonly { items: readonly unknown[] }[],
): readonly string[] | null {
  for (const page of pages) {
    const item = page.items.find(isIdentificationCodeItem);
    if (item) return item.elements;
  }
  return null;
}

/**
 * How a wave's code elements differ from the study's, in words naming the elements, or null when they are the
 * same ids in the same order (the condition for hashes of one person to agree across waves).
 */
export function codeElementDifference(
  study: readonly string[],
  wave: readonly string[],
  studyCodeName = "The study's identification code",
): string | null {
  if (study.length === wave.length && study.every((id, index) => wave[index] === id)) return null;
  const missing = study.filter((id) => !wave.includes(id));
  const extra = wave.filter((id) => !study.includes(id));
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`it does not ask ${missing.join(", ")}`);
  if (extra.length > 0) parts.push(`it asks ${extra.join(", ")}, which the study does not`);
  if (parts.length === 0) parts.push(`it asks the same elements in another order (${wave.join(", ")})`);
  return `${studyCodeName} is ${study.join(", ")}; ${parts.join("; ")}.`;
}
