import { describe, expect, it } from "vitest";
import { loadDefaultInstrument } from "../../../instrument/default-instrument";
import type { Scale } from "../../../instrument/definition-schema";
import { scoreResponse } from "../../../instrument/scoring";
import { type AnswerField, answerFields, fieldsById } from "../../../instrument/traversal";
import { visiblePages } from "../../../instrument/visibility";

const definition = loadDefaultInstrument();
const fields = fieldsById(definition);

function scale(id: string): Scale {
  const found = definition.scales.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scale ${id}`);
  return found;
}

function field(id: string): AnswerField {
  const found = fields.get(id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

// The published wording (Kristensen et al. 2005), "clients" worded as "customers", with
// each item's original answer format: F = frequency, D = degree. Deliberately typed out
// here rather than read from the definition: this is the independent check.
const CBI: Record<string, [string, "F" | "D"][]> = {
  cbi_personal: [
    ["How often do you feel tired?", "F"],
    ["How often are you physically exhausted?", "F"],
    ["How often are you emotionally exhausted?", "F"],
    ['How often do you think: "I can\'t take it anymore"?', "F"],
    ["How often do you feel worn out?", "F"],
    ["How often do you feel weak and susceptible to illness?", "F"],
  ],
  cbi_work: [
    ["Is your work emotionally exhausting?", "D"],
    ["Do you feel burnt out because of your work?", "D"],
    ["Does your work frustrate you?", "D"],
    ["Do you feel worn out at the end of the working day?", "F"],
    ["Are you exhausted in the morning at the thought of another day at work?", "F"],
    ["Do you feel that every working hour is tiring for you?", "F"],
    ["Do you have enough energy for family and friends during leisure time?", "F"],
  ],
  cbi_client: [
    ["Do you find it hard to work with customers?", "D"],
    ["Does it drain your energy to work with customers?", "D"],
    ["Do you find it frustrating to work with customers?", "D"],
    ["Do you feel that you give more than you get back when you work with customers?", "D"],
    ["Are you tired of working with customers?", "F"],
    ["Do you sometimes wonder how long you will be able to continue working with customers?", "F"],
  ],
};

const ANSWER_LABELS = {
  F: ["Always", "Often", "Sometimes", "Seldom", "Never or almost never"],
  D: ["To a very high degree", "To a high degree", "Somewhat", "To a low degree", "To a very low degree"],
};

describe("the default instrument", () => {
  it("parses and is the Support Work and Erosion Survey, English, about ten minutes", () => {
    expect(definition.id).toBe("support-work-and-erosion");
    expect(definition.schemaVersion).toBe(1);
    expect(definition.title.en).toBe("Support Work and Erosion Survey");
    expect(definition.languages).toEqual(["en"]);
    expect(definition.estimatedMinutes).toBeGreaterThanOrEqual(8);
    expect(definition.estimatedMinutes).toBeLessThanOrEqual(12);
  });

  // Issue 15, item 14: the form marks optional questions "(optional)" itself; help that starts "Optional." read
  // "(optional) Optional.", and the screen-out message repeated the page's own "nothing … has been kept".
  it("does not repeat what the form already says: no help text starts with 'Optional', no screen-out says 'saved'", () => {
    const helps = definition.pages.flatMap((page) =>
      page.items.flatMap((item) => ("help" in item && item.help ? [item.help.en] : [])),
    );
    expect(helps.length).toBeGreaterThan(0);
    expect(helps.filter((help) => /^optional\b/i.test(help))).toEqual([]);
    const screenOuts = definition.pages.flatMap((page) =>
      page.screenOut ? [page.screenOut.message.en] : [],
    );
    expect(screenOuts.length).toBeGreaterThan(0);
    expect(
      screenOuts.filter((message) => /nothing you entered has been (saved|kept)/i.test(message)),
    ).toEqual([]);
  });

  it("returns a fresh object on each call", () => {
    const first = loadDefaultInstrument();
    first.pages.pop();
    expect(loadDefaultInstrument().pages).toHaveLength(definition.pages.length);
  });

  describe("Copenhagen Burnout Inventory", () => {
    for (const [scaleId, items] of Object.entries(CBI)) {
      it(`${scaleId}: ${items.length} verbatim items in the original order, each on its original answer scale`, () => {
        const cbi = scale(scaleId);
        expect(cbi.items).toHaveLength(items.length);
        cbi.items.forEach((id, index) => {
          const [text, format] = items[index] ?? ["", "F"];
          const row = field(id);
          expect(row.text.en, id).toBe(text);
          expect(row.item.type, id).toBe("matrix");
          expect(
            row.options?.map((option) => option.label.en),
            id,
          ).toEqual(ANSWER_LABELS[format]);
          expect(
            row.options?.map((option) => option.score),
            id,
          ).toEqual([100, 75, 50, 25, 0]);
          expect(
            row.options?.map((option) => option.code),
            id,
          ).toEqual([1, 2, 3, 4, 5]);
          expect(
            row.options?.some((option) => option.missingForScoring),
            id,
          ).toBe(false);
        });
      });
    }

    it("puts client items 5 and 6 on the frequency scale (a common error puts them on degree)", () => {
      const [, , , , fifth, sixth] = scale("cbi_client").items;
      for (const id of [fifth, sixth]) expect(field(id ?? "").options?.[0]?.label.en).toBe("Always");
    });

    it("reverses only work item 7, averages, and needs at least half the items", () => {
      expect(scale("cbi_personal").reverse).toEqual([]);
      expect(scale("cbi_work").reverse).toEqual(["cbi_w7"]);
      expect(scale("cbi_client").reverse).toEqual([]);
      for (const id of Object.keys(CBI)) {
        const cbi = scale(id);
        expect(cbi.aggregation).toBe("mean");
        expect(cbi.rescale).toBe("none");
        expect(cbi.minAnsweredShare).toBe(0.5);
        expect(cbi.reference).toBe("kristensen2005");
      }
      const reference = definition.references.find((entry) => entry.id === "kristensen2005");
      expect(reference?.citation).toContain("Work & Stress, 19(3), 192–207");
      expect(reference?.citation).toContain("10.1080/02678370500297720");
    });

    it("keeps CBI rows in their original order and matrices on one answer scale per page section", () => {
      const matrices = new Set(Object.keys(CBI).flatMap(scaleRows));
      for (const matrix of matrices) {
        expect(matrix.type === "matrix" && matrix.randomizeRows, matrix.id).toBe(false);
      }
      // Work and client CBI: the degree and frequency halves share a page.
      for (const id of ["cbi_work", "cbi_client"])
        expect(new Set(scale(id).items.map((item) => field(item).page.id)).size).toBe(1);
    });

    it("scores 100 → 0 with work item 7 mirrored, and no score below half answered", () => {
      const always = Object.fromEntries(
        Object.keys(CBI).flatMap((id) => scale(id).items.map((item) => [item, 1])),
      );
      const scores = scoreResponse(definition, always);
      expect(scores.cbi_personal).toBe(100);
      expect(scores.cbi_work).toBeCloseTo((6 * 100 + 0) / 7, 10);
      expect(scores.cbi_client).toBe(100);
      expect(scoreResponse(definition, { cbi_w1: 5, cbi_w2: 5, cbi_w7: 1 }).cbi_work).toBeNull();
      expect(scoreResponse(definition, { cbi_w1: 5, cbi_w2: 5, cbi_w3: 5, cbi_w7: 1 }).cbi_work).toBe(0);
    });
  });

  it("defines every scale item, reverse item and derived input", () => {
    for (const entry of definition.scales) {
      for (const id of entry.items) expect(fields.has(id), `${entry.id}: ${id}`).toBe(true);
      for (const id of entry.reverse) expect(entry.items).toContain(id);
    }
    expect(definition.derived).toEqual([
      expect.objectContaining({
        id: "capacity_drop",
        kind: "difference",
        of: ["capacity_start", "capacity_now"],
      }),
    ]);
    expect(scoreResponse(definition, { capacity_start: 9, capacity_now: 4 }).capacity_drop).toBe(5);
  });

  it("has the project's own scales rescaled to 0–100 with at least one reversed item", () => {
    for (const id of ["protective_restructuring", "institutional_support"]) {
      const own = scale(id);
      expect(own.rescale).toBe("0-100");
      expect(own.reverse.length).toBeGreaterThanOrEqual(1);
      expect(own.reference).toBeUndefined();
    }
    expect(scale("institutional_support").items).toHaveLength(7);
    // "Don't know" counts as unanswered, not as a low score.
    expect(
      scoreResponse(definition, { inst_wellbeing: 5, inst_backing: 5, inst_escalation: 5, inst_recovery: 98 })
        .institutional_support,
    ).toBeNull();
    expect(
      scoreResponse(definition, {
        inst_wellbeing: 5,
        inst_backing: 5,
        inst_escalation: 5,
        inst_replaceable: 1,
      }).institutional_support,
    ).toBe(100);
  });

  it("has exactly one attention check, inside an agreement matrix, outside every scale", () => {
    const checks = answerFields(definition).filter((entry) => entry.attentionCheck);
    expect(checks.map((entry) => entry.id)).toEqual(["inst_attention"]);
    const [check] = checks;
    expect(check?.item.type).toBe("matrix");
    const expected = check?.options?.find((option) => option.code === check.attentionCheck?.expected);
    expect(check?.text.en).toContain(`"${expected?.label.en}"`);
    expect(definition.scales.flatMap((entry) => entry.items)).not.toContain("inst_attention");
  });

  it("screens out people under 18 or without support experience on the first page", () => {
    const [first] = definition.pages;
    expect(first?.items.map((item) => item.type)).toContain("consent");
    expect(first?.screenOut?.unless).toEqual({
      all: [
        { item: "age_18", equals: 1 },
        { item: "support_experience", equals: 1 },
      ],
    });
  });

  it("marks tenure, role, organisation size and region as quasi-identifiers with a way to decline the bands", () => {
    const kinds = answerFields(definition).flatMap((entry) =>
      entry.item.quasiIdentifier ? [[entry.id, entry.item.quasiIdentifier.kind]] : [],
    );
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["years_support", "tenure"],
        ["role", "role"],
        ["org_size", "organisation-size"],
        ["region", "region"],
      ]),
    );
    for (const id of ["org_size", "region"]) {
      const decline = field(id).options?.find((option) => option.label.en === "Prefer not to say");
      expect(decline).toMatchObject({ missingForScoring: true, fixedPosition: true });
    }
    expect(field("years_support").item).toMatchObject({ type: "numeric", min: 0, max: 50, step: 0.5 });
    expect(field("live_share").item).toMatchObject({ type: "numeric", min: 0, max: 100, step: 1 });
  });

  it("branches: leavers get the role-switch page instead of the work and client CBI, record keepers get the re-reading page", () => {
    const pages = (answers: Record<string, number>) =>
      visiblePages(definition, answers).map((page) => page.id);
    const current = pages({ role: 1, proficiency_record: 3 });
    const leaver = pages({ role: 5, proficiency_record: 1 });
    expect(current).toEqual(expect.arrayContaining(["your_work", "customers"]));
    expect(current).not.toContain("after_leaving");
    expect(current).not.toContain("record_use");
    expect(leaver).toEqual(expect.arrayContaining(["after_leaving", "record_use"]));
    expect(leaver).not.toContain("your_work");
    expect(leaver).not.toContain("customers");
  });

  it("shuffles channel options and own-item matrices, and has one optional long free-text question", () => {
    const channels = field("channels").item;
    expect(channels.type === "multiple" && channels.randomizeOptions).toBe(true);
    for (const id of ["prot_hold_back", "inst_backing", "asym_name"]) {
      const matrix = field(id).item;
      expect(matrix.type === "matrix" && matrix.randomizeRows, id).toBe(true);
    }
    const texts = answerFields(definition).filter((entry) => entry.item.type === "text");
    expect(texts.map((entry) => entry.id)).toEqual(["protect_text"]);
    expect(texts[0]?.item).toMatchObject({ required: false, multiline: true, maxLength: 2000 });
  });
});

function scaleRows(scaleId: string) {
  return scale(scaleId).items.map((id) => field(id).item);
}
