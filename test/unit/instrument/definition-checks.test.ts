import { describe, expect, it } from "vitest";
import { instrumentDefinitionSchema } from "../../../instrument/definition-schema";
import defaultInput from "../../../instrument/definitions/support-work-and-erosion.json" with { type: "json" };

// The default instrument's JSON, mutated one mistake at a time. Indexes refer to it:
// page 2 "wellbeing" (CBI personal matrix), page 3 "your_work", page 7 "institution".
type Json = Record<string, unknown>;

function broken(mutate: (definition: Json) => void) {
  const definition = structuredClone(defaultInput) as unknown as Json;
  mutate(definition);
  const result = instrumentDefinitionSchema.safeParse(definition);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

/** Walks a path such as "pages.3.items.0" in the (untyped) JSON. */
function at(definition: Json, path: string): Json {
  return path.split(".").reduce<unknown>((node, key) => (node as Json)[key], definition) as Json;
}

describe("definition checks, on the default instrument", () => {
  it("the unmodified default passes", () => {
    expect(instrumentDefinitionSchema.safeParse(defaultInput).success).toBe(true);
  });

  it("rejects a duplicate id, pointing at the second use", () => {
    const issues = broken((definition) => {
      (at(definition, "pages.3.items.0.rows.1") as Json).id = "cbi_p1";
    });
    expect(issues).toContainEqual({
      path: "pages.3.items.0.rows.1.id",
      message: 'the id "cbi_p1" is used more than once',
    });
  });

  it("rejects a scale id that collides with an item id", () => {
    const issues = broken((definition) => {
      (at(definition, "scales.0") as Json).id = "role";
    });
    expect(issues).toContainEqual({ path: "scales.0.id", message: 'the id "role" is used more than once' });
  });

  it("rejects an unknown answer scale", () => {
    const issues = broken((definition) => {
      (at(definition, "pages.3.items.0") as Json).scale = "cbi_frequencies";
    });
    expect(issues).toContainEqual({
      path: "pages.3.items.0.scale",
      message: 'answer scale "cbi_frequencies" is not defined in answerScales',
    });
  });

  it("rejects a condition that reads a later page", () => {
    const issues = broken((definition) => {
      (at(definition, "pages.4") as Json).showIf = { item: "proficiency_record", equals: 1 };
    });
    expect(issues).toContainEqual({
      path: "pages.4.showIf",
      message: 'condition on "proficiency_record" must refer to an item on an earlier page',
    });
  });

  it("rejects an item condition that reads its own page, and one that reads an unknown item", () => {
    const issues = broken((definition) => {
      (at(definition, "pages.1.items.0") as Json).showIf = { item: "role", equals: 1 };
      (at(definition, "pages.1.items.1") as Json).showIf = {
        any: [
          { item: "role", equals: 1 },
          { item: "rol", equals: 2 },
        ],
      };
    });
    expect(issues).toContainEqual({
      path: "pages.1.items.0.showIf",
      message: 'condition on "role" must refer to an item on an earlier page',
    });
    expect(issues).toContainEqual({
      path: "pages.1.items.1.showIf",
      message: 'condition refers to unknown item "rol"',
    });
  });

  it("rejects a wording whose condition reads its own page or a later one, pointing at its when", () => {
    const issues = broken((definition) => {
      const queueType = at(definition, "pages.2.items.0") as Json;
      queueType.wordings = [
        { when: { item: "channels", includes: 1 }, text: { en: "Who did you support?" } },
      ];
      (at(definition, "pages.2") as Json).wordings = [
        { when: { item: "proficiency_record", equals: 1 }, title: { en: "Later" } },
      ];
    });
    expect(issues).toContainEqual({
      path: "pages.2.items.0.wordings.0.when",
      message: 'condition on "channels" must refer to an item on an earlier page',
    });
    expect(issues).toContainEqual({
      path: "pages.2.wordings.0.when",
      message: 'condition on "proficiency_record" must refer to an item on an earlier page',
    });
  });

  it("rejects a reverse item that is not in its scale", () => {
    const issues = broken((definition) => {
      (at(definition, "scales.1") as Json).reverse = ["cbi_p6"];
    });
    expect(issues).toContainEqual({
      path: "scales.1.reverse.0",
      message: 'reverse item "cbi_p6" is not one of the scale\'s items',
    });
  });

  it("rejects a scale item that does not exist or is an attention check", () => {
    const issues = broken((definition) => {
      (at(definition, "scales.4") as Json).items = ["inst_wellbeing", "inst_backingg", "inst_attention"];
      (at(definition, "scales.4") as Json).reverse = [];
    });
    expect(issues).toContainEqual({
      path: "scales.4.items.1",
      message: 'scale item "inst_backingg" does not exist',
    });
    expect(issues).toContainEqual({
      path: "scales.4.items.2",
      message: 'scale item "inst_attention" is an attention check',
    });
  });

  it("rejects text without English, pointing at the text", () => {
    const issues = broken((definition) => {
      (at(definition, "pages.3.items.0.rows.0") as Json).text = { de: "Wie oft fühlen Sie sich müde?" };
    });
    expect(issues).toEqual([
      { path: "pages.3.items.0.rows.0.text", message: expect.stringContaining("English text is required") },
    ]);
    const empty = broken((definition) => {
      (at(definition, "pages.0") as Json).title = { en: "" };
    });
    expect(empty).toEqual([{ path: "pages.0.title.en", message: "English text is required" }]);
  });

  it("rejects a translation in a language the instrument does not declare", () => {
    const issues = broken((definition) => {
      (at(definition, "pages.0") as Json).title = { en: "Before you start", de: "Bevor Sie beginnen" };
    });
    expect(issues).toContainEqual({
      path: "pages.0.title.de",
      message: 'text in "de", which is not in languages',
    });
  });

  it("rejects an attention check expecting a code the answer scale does not have, pointing at the row", () => {
    const issues = broken((definition) => {
      const rows = at(definition, "pages.8.items.0.rows") as unknown as Json[];
      const index = rows.findIndex((row) => row.id === "inst_attention");
      rows[index] = { ...rows[index], attentionCheck: { expected: 7 } };
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toMatch(/^pages\.8\.items\.0\.rows\.\d+\.attentionCheck\.expected$/);
    expect(issues[0]?.message).toBe(
      'attention check "inst_attention" expects code 7, which is not one of its options',
    );
  });

  it("rejects a derived variable built from a choice item", () => {
    const issues = broken((definition) => {
      (at(definition, "derived.0") as Json).of = ["capacity_start", "role"];
    });
    expect(issues).toContainEqual({
      path: "derived.0.of.1",
      message: 'derived variable needs a numeric item or a scale, "role" is neither',
    });
  });
});
