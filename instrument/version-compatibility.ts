import type { InstrumentDefinition } from "./definition-schema";
import { diffDefinitions, type VersionChange } from "./version-diff";

/** Whether responses to two versions can be analysed as one data set, and why, in words. */
export interface VersionCompatibility {
  compatible: boolean;
  /** the changes that stop pooling, in words (empty when compatible) */
  reasons: string[];
  /** every change, in words, in the order of {@link diffDefinitions} */
  changes: { change: VersionChange; words: string; breaksPooling: boolean }[];
}

const quoted = (id: string) => `“${id}”`;

/** One change as a sentence fragment a researcher reads on the comparison page. */
export function changeInWords(change: VersionChange): string {
  switch (change.kind) {
    case "page-added":
      return `Page ${quoted(change.page)} added`;
    case "page-removed":
      return `Page ${quoted(change.page)} removed`;
    case "item-added": {
      const role = change.scored ? "scored" : change.required ? "required" : "optional";
      return `Item ${quoted(change.field)} added (${role}${change.coded ? "" : ", free text"})`;
    }
    case "item-removed":
      return `Item ${quoted(change.field)} removed${change.coded ? "" : " (free text)"}`;
    case "item-reworded":
      return `Item ${quoted(change.field)} reworded: ${change.parts.join(", ")}`;
    case "type-changed":
      return `Item ${quoted(change.field)} changed type: ${change.before} → ${change.after}`;
    case "codes-changed":
      return `Item ${quoted(change.field)}: codes changed from ${change.before} to ${change.after}`;
    case "range-changed":
      return `Item ${quoted(change.field)}: range changed from ${change.before} to ${change.after}`;
    case "asked-when-changed":
      return `Item ${quoted(change.field)}: the condition for asking it changed`;
    case "required-changed":
      return `Item ${quoted(change.field)} is now ${change.required ? "required" : "optional"}`;
    case "scale-changed":
      return `Scale ${quoted(change.scale)} ${change.detail === "added" || change.detail === "removed" ? change.detail : `scored differently: ${change.detail}`}`;
    case "derived-changed":
      return `Derived variable ${quoted(change.variable)} ${change.detail === "added" || change.detail === "removed" ? change.detail : `computed differently: ${change.detail}`}`;
    case "plan-changed":
      return "The analysis plan changed";
    case "survey-text-changed":
      return `Survey text changed: ${change.parts.join(", ")}`;
    case "languages-changed":
      return [
        ...(change.added.length > 0 ? [`Languages added: ${change.added.join(", ")}`] : []),
        ...(change.removed.length > 0 ? [`Languages removed: ${change.removed.join(", ")}`] : []),
      ].join("; ");
  }
}

/**
 * Whether a change alters what an analysed variable means. Every coded variable (all but free text) is
 * analysed or exported with its codes, so removing, retyping, recoding or rescaling one breaks pooling; so
 * does any change to how scales, derived variables or the analysis plan are computed, and an added item that
 * is required or scored (earlier respondents never answered it). Wording, conditions, pages, free text and
 * added optional unscored items do not.
 */
export function breaksPooling(change: VersionChange): boolean {
  switch (change.kind) {
    case "item-added":
      return change.coded && (change.required || change.scored);
    case "item-removed":
      return change.coded;
    case "type-changed":
    case "codes-changed":
    case "range-changed":
    case "scale-changed":
    case "derived-changed":
    case "plan-changed":
      return true;
    default:
      return false;
  }
}

/**
 * Decides whether responses to `before` and `after` can be pooled: the same variable names, codes and scales
 * for everything scored or analysed ({@link breaksPooling}), with every change and the reasons in words.
 * Pure; the same pair always gives the same answer.
 *
 * Cost: that of {@link diffDefinitions}.
 *
 * @example
 * versionCompatibility(v1, v2);
 * // { compatible: false, reasons: ["Item “role”: codes changed from 1, 2, 3 to 1, 2, 4"], changes: [...] }
 */
export function versionCompatibility(
  before: InstrumentDefinition,
  after: InstrumentDefinition,
): VersionCompatibility {
  const changes = diffDefinitions(before, after).map((change) => ({
    change,
    words: changeInWords(change),
    breaksPooling: breaksPooling(change),
  }));
  const reasons = changes.filter((entry) => entry.breaksPooling).map((entry) => entry.words);
  return { compatible: reasons.length === 0, reasons, changes };
}
