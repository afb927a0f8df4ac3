import { describeCondition } from "../instrument/codebook";
import type { Condition } from "../instrument/conditions";
import type { InstrumentDefinition } from "../instrument/definition-schema";
import type { TextPath } from "../instrument/localized-texts";
import { fieldsById } from "../instrument/traversal";

const child = (value: unknown, key: string | number): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
const englishOf = (value: unknown) => {
  const english = child(child(value, "text") ?? child(value, "title"), "en");
  return typeof english === "string" ? english : undefined;
};

/** An array entry in words: `item "years"`, `option code 3`, `wording 1`. */
function entryName(listKey: string | number | undefined, entry: unknown, index: number): string {
  const name = String(listKey ?? "").replace(/s$/, "");
  const id = child(entry, "id");
  const code = child(entry, "code");
  if (typeof id === "string") return `${name} "${id}"`;
  return typeof code === "number" ? `${name} code ${code}` : `${name} ${index + 1}`;
}

/** What a translator needs to know about the scale an item or row belongs to (a validated wording is not ours). */
function scaleNote(definition: InstrumentDefinition, id: string): string | undefined {
  const scale = definition.scales.find((candidate) => candidate.items.includes(id));
  if (!scale) return undefined;
  const reference = definition.references.find((candidate) => candidate.id === scale.reference);
  if (!reference) return `Part of the scale "${scale.label.en}".`;
  return `Part of the scale "${scale.label.en}" (${reference.citation}): use its published, validated translation word for word, never a translation of your own; without one, leave the language out.`;
}

/**
 * Where a text appears, in words a translator can follow: `page "work" › item "years" › unit`, the question or
 * page it belongs to, the condition of a variant wording, and the scale an item is part of.
 */
export function locationNote(definition: InstrumentDefinition, path: TextPath): string {
  const steps: string[] = [];
  const extra: string[] = [];
  let value: unknown = definition;
  let belongsTo: string | undefined;
  path.forEach((key, index) => {
    const parent = value;
    value = child(value, key);
    if (typeof key !== "number") return void steps.push(key);
    steps[steps.length - 1] = entryName(path[index - 1], value, key);
    if (index < path.length - 2) belongsTo = englishOf(value) ?? belongsTo;
    const id = child(value, "id");
    const note = typeof id === "string" && Array.isArray(parent) ? scaleNote(definition, id) : undefined;
    if (note) extra.push(note);
    const when = child(value, "when");
    if (path[index - 1] === "wordings" && when)
      extra.push(
        `A variant wording, shown when ${describeCondition(when as Condition, fieldsById(definition))}.`,
      );
  });
  const location = [`Location: ${steps.join(" › ")}.`];
  if (belongsTo !== undefined) location.push(`Belongs to: "${belongsTo}".`);
  return [...location, ...extra].join(" ");
}
