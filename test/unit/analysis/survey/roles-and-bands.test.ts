import { describe, expect, it } from "vitest";
import { fieldScorer } from "../../../../analysis/survey/field-scorer";
import { resolveRoles } from "../../../../analysis/survey/resolve-roles";
import { SURVEY_ROLES } from "../../../../analysis/survey/roles";
import { bandIndex, valueBands } from "../../../../analysis/survey/value-bands";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { fieldScore } from "../../../../instrument/scoring";
import { answerFields } from "../../../../instrument/traversal";

const definition = loadDefaultInstrument();

describe("valueBands and bandIndex", () => {
  it("turns quasi-identifier bounds into labelled bands, the last open", () => {
    const bands = valueBands([2, 5, 10, 20, 50], { min: 0, max: 50, step: 0.5, unit: "years" });
    expect(bands.map((b) => b.label)).toEqual([
      "0–2 years",
      "2.5–5 years",
      "5.5–10 years",
      "10.5–20 years",
      "more than 20 years",
    ]);
    expect(bands[4]).toEqual({ label: "more than 20 years", from: 20.5, to: null });
    expect([0, 2, 2.5, 5, 20, 20.5, 50].map((v) => bandIndex(bands, v))).toEqual([0, 0, 1, 1, 3, 4, 4]);
    expect(bandIndex(bands, Number.NaN)).toBe(-1);
    expect(valueBands([3], { min: 0, max: 10, step: 1 }).map((b) => b.label)).toEqual(["0–3", "more than 3"]);
    expect(() => valueBands([5, 2], { min: 0, max: 10, step: 1 })).toThrow(
      "valueBands requires ascending bounds within the item's range",
    );
  });
});

describe("resolveRoles", () => {
  it("reads labels, ranges, bands and the capacity items from the definition", () => {
    const roles = resolveRoles(definition, SURVEY_ROLES);
    expect(roles.tenure.bands).toHaveLength(5);
    expect(roles.yearsSinceLeaving.bands[0]!.label).toBe("0–1 years");
    expect(roles.erosion.map((v) => [v.id, v.kind, v.range])).toEqual([
      ["cbi_personal", "scale", [0, 100]],
      ["cbi_work", "scale", [0, 100]],
      ["cbi_client", "scale", [0, 100]],
      ["capacity_drop", "derived", [-10, 10]],
      ["protective_restructuring", "scale", [0, 100]],
    ]);
    expect(roles.discriminantPairs.map((pair) => pair.map((v) => v.id))).toEqual([
      ["protective_restructuring", "cbi_client"],
    ]);
    expect(roles.supportItems.map((item) => [item.id, item.reversed])).toEqual([
      ["inst_wellbeing", false],
      ["inst_replaceable", true],
      ["inst_backing", false],
      ["inst_escalation", false],
      ["inst_recovery", false],
      ["inst_recognition", false],
      ["inst_feedback", false],
    ]);
    expect(roles.capacity.then.id).toBe("capacity_start");
    expect(roles.capacity.now.id).toBe("capacity_now");
    expect(roles.leaver.label).toBe("I have left support work");
    expect(roles.leaverOutcomes[1]).toMatchObject({ id: "left_drain_now", kind: "item", range: [0, 100] });
    expect(roles.support.label).toBe("Institutional support");
  });

  it("names the role and id an instrument does not provide", () => {
    expect(() => resolveRoles(definition, { ...SURVEY_ROLES, tenure: "role" })).toThrow(
      'runSurveyAnalysis requires a numeric item "role" for the role tenure',
    );
    expect(() => resolveRoles(definition, { ...SURVEY_ROLES, erosion: ["nope"] })).toThrow(
      'runSurveyAnalysis requires a scale, derived variable or scored item "nope" for the role erosion',
    );
    expect(() => resolveRoles(definition, { ...SURVEY_ROLES, leaver: { item: "role", code: 9 } })).toThrow(
      'runSurveyAnalysis requires a single-choice item "role" with code 9 for the role leaver',
    );
    const pairs = (discriminantPairs: [string, string][]) => ({ ...SURVEY_ROLES, discriminantPairs });
    expect(() => resolveRoles(definition, pairs([["capacity_drop", "cbi_client"]]))).toThrow(
      'runSurveyAnalysis requires a scale "capacity_drop" of at least 2 items for the role discriminantPairs',
    );
    expect(() => resolveRoles(definition, pairs([["cbi_client", "cbi_client"]]))).toThrow(
      "runSurveyAnalysis requires two different scales in each of discriminantPairs",
    );
    expect(
      resolveRoles(definition, { ...SURVEY_ROLES, discriminantPairs: undefined }).discriminantPairs,
    ).toEqual([]);
  });
});

describe("fieldScorer", () => {
  it("scores every option and odd value of the default instrument exactly as fieldScore does", () => {
    for (const field of answerFields(definition)) {
      const score = fieldScorer(field);
      const values: unknown[] = [
        ...(field.options ?? []).map((o) => o.code),
        0,
        3.5,
        -1,
        98,
        "2",
        null,
        undefined,
        [1],
      ];
      for (const value of values) expect(score(value)).toBe(fieldScore(field, value));
    }
  });
});
