import type { InstrumentDefinition } from "../../instrument/definition-schema";
import { localize } from "../../instrument/localized-text";
import { fieldsById } from "../../instrument/traversal";
import { fieldScoreRange } from "./field-score-range";
import type { SurveyRoles } from "./roles";
import { valueBands, type AnswerBand } from "./value-bands";

/** A variable the analysis models: a scale, a derived variable or a scored item, with its possible range. */
export interface AnalysisVariable {
  id: string;
  label: string;
  kind: "scale" | "derived" | "item";
  /** lowest and highest possible score */
  range: [number, number];
  /** unit for tables and axes, e.g. "score 0–100" */
  unit: string;
}

/** A numeric item with its publication bands. */
export interface BandedItem {
  id: string;
  label: string;
  bands: AnswerBand[];
}

/** {@link SurveyRoles} checked against a definition, with labels, ranges and bands read from it. */
export interface ResolvedRoles {
  tenure: BandedItem;
  support: AnalysisVariable;
  erosion: AnalysisVariable[];
  primaryErosion: AnalysisVariable;
  capacity: { drop: AnalysisVariable; then: AnalysisVariable; now: AnalysisVariable };
  leaver: { item: string; code: number; label: string };
  yearsSinceLeaving: BandedItem;
  leaverOutcomes: AnalysisVariable[];
  /** the single-choice item of hostile contacts (scored by its code), or null when the roles name none */
  hostileContact: { id: string; label: string } | null;
  /** pairs of multi-item scales whose discriminant validity is reported */
  discriminantPairs: [AnalysisVariable, AnalysisVariable][];
  /** the items of the support scale, each analysed against every erosion outcome (empty when support is not a
   * scale); `reversed` items are mirrored so that higher always means more support */
  supportItems: { id: string; label: string; reversed: boolean }[];
}

const fail = (message: string): never => {
  throw new Error(`runSurveyAnalysis requires ${message}`);
};
const minus = (v: number) => String(v).replace("-", "−");
const unitOf = ([lo, hi]: [number, number]) =>
  lo < 0 ? `score ${minus(lo)} to ${minus(hi)}` : `score ${lo}–${hi}`;

/** What resolving a role reads from the definition: its language, fields, scales and derived variables. */
interface DefinitionLookup {
  language: string;
  fields: ReturnType<typeof fieldsById>;
  scales: Map<string, InstrumentDefinition["scales"][number]>;
  derived: Map<string, InstrumentDefinition["derived"][number]>;
}

/** A scale, derived variable or scored item with its label, kind and possible range. */
function analysisVariable(lookup: DefinitionLookup, id: string, role: string): AnalysisVariable {
  const { fields, language } = lookup;
  const scale = lookup.scales.get(id);
  if (scale) {
    const itemRanges = scale.items.map(
      (item) => fieldScoreRange(fields.get(item)!) ?? fail(`scored items in ${id}`),
    );
    const lo = Math.min(...itemRanges.map((r) => r[0]));
    const hi = Math.max(...itemRanges.map((r) => r[1]));
    const k = scale.aggregation === "sum" && scale.rescale === "none" ? scale.items.length : 1;
    const range: [number, number] = scale.rescale === "0-100" ? [0, 100] : [k * lo, k * hi];
    return { id, label: localize(scale.label, language), kind: "scale", range, unit: unitOf(range) };
  }
  const difference = lookup.derived.get(id);
  if (difference) {
    const [a, b] = difference.of.map((part) => analysisVariable(lookup, part, role));
    const range: [number, number] = [a!.range[0] - b!.range[1], a!.range[1] - b!.range[0]];
    return { id, label: localize(difference.label, language), kind: "derived", range, unit: unitOf(range) };
  }
  const field = fields.get(id);
  const range = field ? fieldScoreRange(field) : null;
  if (!field || !range) return fail(`a scale, derived variable or scored item "${id}" for the role ${role}`);
  return { id, label: localize(field.text, language), kind: "item", range, unit: unitOf(range) };
}

/** A numeric item with the bands its quasi-identifier declares. */
function bandedItem(lookup: DefinitionLookup, id: string, role: string): BandedItem {
  const field = lookup.fields.get(id);
  if (!field || field.item.type !== "numeric") return fail(`a numeric item "${id}" for the role ${role}`);
  const { item } = field;
  const bounds = item.quasiIdentifier?.bands ?? fail(`quasi-identifier bands on "${id}" (role ${role})`);
  const unit = item.unit ? localize(item.unit, lookup.language) : undefined;
  const bands = valueBands(bounds, { min: item.min, max: item.max, step: item.step, unit });
  return { id, label: localize(field.text, lookup.language), bands };
}

function singleItem(lookup: DefinitionLookup, id: string) {
  const field = lookup.fields.get(id);
  if (!field || field.item.type !== "single")
    fail(`a single-choice item "${id}" for the role hostileContact`);
  return { id, label: localize(field!.item.text, lookup.language) };
}

/** Both members of each pair as multi-item scales of the definition. */
function discriminantPairs(lookup: DefinitionLookup, pairs: SurveyRoles["discriminantPairs"]) {
  return (pairs ?? []).map((pair) => {
    const scales = pair.map((id) => {
      const scale = lookup.scales.get(id);
      if (!scale || scale.items.length < 2)
        fail(`a scale "${id}" of at least 2 items for the role discriminantPairs`);
      return analysisVariable(lookup, id, "discriminantPairs");
    });
    if (scales[0]!.id === scales[1]!.id) fail(`two different scales in each of discriminantPairs`);
    return [scales[0]!, scales[1]!] as [AnalysisVariable, AnalysisVariable];
  });
}

/** The support scale's items with their labels and keying (none when support is not a scale). */
function supportItems(lookup: DefinitionLookup, support: string) {
  const scale = lookup.scales.get(support);
  return (scale?.items ?? []).map((id) => ({
    id,
    label: localize(lookup.fields.get(id)!.text, lookup.language),
    reversed: scale!.reverse.includes(id),
  }));
}

/**
 * Checks the roles against an instrument definition and reads what the analysis needs from it: each variable's
 * label (in the definition's first language), kind and possible range (a 0–100 rescaled scale → 0–100; a mean
 * scale → its items' range; a sum → k times it; a difference a − b → [min a − max b, max a − min b]); the tenure
 * and years-since-leaving bands from those items' quasi-identifier bands ({@link valueBands}); the then/now items
 * of the capacity drop from its definition.
 *
 * Cost: O(fields + scales).
 *
 * @throws Error "runSurveyAnalysis requires …" naming the role and id that the definition does not provide
 * @example
 * resolveRoles(loadDefaultInstrument(), SURVEY_ROLES).tenure.bands[0]; // { label: "0–2 years", from: 0, to: 2 }
 */
export function resolveRoles(definition: InstrumentDefinition, roles: SurveyRoles): ResolvedRoles {
  const lookup: DefinitionLookup = {
    language: definition.languages[0] ?? "en",
    fields: fieldsById(definition),
    scales: new Map(definition.scales.map((scale) => [scale.id, scale])),
    derived: new Map(definition.derived.map((variable) => [variable.id, variable])),
  };
  const variable = (id: string, role: string) => analysisVariable(lookup, id, role);
  const erosion = roles.erosion.map((id) => variable(id, "erosion"));
  const primaryErosion =
    erosion.find((v) => v.id === roles.primaryErosion) ??
    fail(`primaryErosion to be one of the erosion outcomes`);
  const drop = variable(roles.capacityDrop, "capacityDrop");
  const dropDefinition =
    lookup.derived.get(roles.capacityDrop) ?? fail(`a derived variable "${roles.capacityDrop}"`);
  const [then, now] = dropDefinition.of.map((id) => variable(id, "capacityDrop"));

  const leaverField = lookup.fields.get(roles.leaver.item);
  const leaverOption = leaverField?.options?.find((option) => option.code === roles.leaver.code);
  if (!leaverField || leaverField.item.type !== "single" || !leaverOption) {
    fail(`a single-choice item "${roles.leaver.item}" with code ${roles.leaver.code} for the role leaver`);
  }

  return {
    tenure: bandedItem(lookup, roles.tenure, "tenure"),
    support: variable(roles.support, "support"),
    erosion,
    primaryErosion,
    capacity: { drop, then: then!, now: now! },
    leaver: { ...roles.leaver, label: localize(leaverOption!.label, lookup.language) },
    yearsSinceLeaving: bandedItem(lookup, roles.yearsSinceLeaving, "yearsSinceLeaving"),
    leaverOutcomes: roles.leaverOutcomes.map((id) => variable(id, "leaverOutcomes")),
    hostileContact: roles.hostileContact === undefined ? null : singleItem(lookup, roles.hostileContact),
    discriminantPairs: discriminantPairs(lookup, roles.discriminantPairs),
    supportItems: supportItems(lookup, roles.support),
  };
}
