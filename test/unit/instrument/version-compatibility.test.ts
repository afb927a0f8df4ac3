import { describe, expect, it } from "vitest";
import {
  type InstrumentDefinitionInput,
  instrumentDefinitionSchema,
} from "../../../instrument/definition-schema";
import { versionCompatibility } from "../../../instrument/version-compatibility";
import { diffDefinitions } from "../../../instrument/version-diff";
import { versionSeries, versionsLabel } from "../../../instrument/version-series";
import { miniInstrument, miniInstrumentInput } from "../../fixtures/mini-instrument";

type Entry = Record<string, unknown> & { id: string };
/** The mini instrument's input, loosely typed so that a test can change anything in it. */
type Input = {
  title: string;
  pages: (Entry & { items: Entry[] })[];
  answerScales: Record<string, { options: { code: number; label: string; score?: number }[] }>;
  scales: { items: string[]; reverse: string[]; aggregation: string }[];
  derived: { of: string[] }[];
};
/** The mini instrument with one change made to a deep copy of its input, checked by the real schema. */
function changed(edit: (input: Input) => void) {
  const input = structuredClone(miniInstrumentInput) as unknown as Input;
  edit(input);
  return instrumentDefinitionSchema.parse(input as unknown as InstrumentDefinitionInput);
}
const page = (input: Input, id: string) => input.pages.find((candidate) => candidate.id === id)!;
const item = (input: Input, pageId: string, id: string) =>
  page(input, pageId).items.find((candidate) => candidate.id === id)!;

const ADDED_OPTIONAL = {
  id: "ai_use",
  type: "single",
  text: "Do you use AI tools?",
  options: [
    { code: 1, label: "Yes" },
    { code: 2, label: "No" },
  ],
};

describe("diffDefinitions and versionCompatibility", () => {
  it("finds no change between a definition and itself (key order does not matter)", () => {
    const reordered = instrumentDefinitionSchema.parse(
      Object.fromEntries(Object.entries(structuredClone(miniInstrumentInput)).reverse()),
    );
    expect(diffDefinitions(miniInstrument, reordered)).toEqual([]);
    expect(versionCompatibility(miniInstrument, reordered)).toMatchObject({ compatible: true, reasons: [] });
  });

  it("a reworded question and a changed title are compatible, and named", () => {
    const after = changed((input) => {
      input.title = "Mini survey, revised";
      item(input, "work", "role").text = "Your role at present";
    });
    const verdict = versionCompatibility(miniInstrument, after);
    expect(verdict.compatible).toBe(true);
    expect(verdict.changes.map((entry) => entry.words)).toEqual([
      "Survey text changed: title",
      "Item “role” reworded: question",
    ]);
  });

  it("an added optional, unscored item is compatible; a required or scored one is not", () => {
    const optional = changed((input) => page(input, "work").items.push(ADDED_OPTIONAL));
    expect(diffDefinitions(miniInstrument, optional)).toEqual([
      { kind: "item-added", field: "ai_use", required: false, coded: true, scored: false },
    ]);
    expect(versionCompatibility(miniInstrument, optional).compatible).toBe(true);

    const required = changed((input) =>
      page(input, "work").items.push({ ...ADDED_OPTIONAL, required: true }),
    );
    expect(versionCompatibility(miniInstrument, required).reasons).toEqual([
      "Item “ai_use” added (required)",
    ]);

    const scored = changed((input) => {
      const block = item(input, "strain", "freq_block") as unknown as { rows: unknown[] };
      block.rows.push({ id: "b5", text: "are you drained?" });
      input.scales[0]!.items.push("b5");
    });
    expect(versionCompatibility(miniInstrument, scored).reasons).toEqual([
      "Item “b5” added (scored)",
      "Scale “strain_score” scored differently: items b1, b2, b3, b4 → b1, b2, b3, b4, b5",
    ]);
  });

  it("a removed coded item is not compatible; removed free text and pages are", () => {
    const removed = changed((input) => {
      page(input, "work").items = page(input, "work").items.filter((entry) => entry.id !== "channels");
    });
    expect(versionCompatibility(miniInstrument, removed).reasons).toEqual(["Item “channels” removed"]);

    const freeText = changed((input) => {
      page(input, "after").items = page(input, "after").items.filter((entry) => entry.id !== "protect");
    });
    expect(versionCompatibility(miniInstrument, freeText)).toMatchObject({
      compatible: true,
      reasons: [],
      changes: [expect.objectContaining({ words: "Item “protect” removed (free text)" })],
    });
  });

  it("recoded options, changed scores and missing-for-scoring break pooling; relabelled answers do not", () => {
    const recoded = changed((input) => {
      (item(input, "work", "role").options as { code: number }[])[2]!.code = 4;
    });
    expect(versionCompatibility(miniInstrument, recoded).reasons).toEqual([
      "Item “role”: codes changed from 1, 2, 3, 9; 9 missing for scoring to 1, 2, 4, 9; 9 missing for scoring",
    ]);
    const rescored = changed((input) => {
      input.answerScales.freq!.options[0]!.score = 90;
    });
    // Every row of the matrix and the scale use the answer scale.
    expect(versionCompatibility(miniInstrument, rescored).reasons).toHaveLength(5);
    const relabelled = changed((input) => {
      input.answerScales.agree!.options[2]!.label = "Neither agree nor disagree";
    });
    expect(versionCompatibility(miniInstrument, relabelled)).toMatchObject({
      compatible: true,
      changes: [
        expect.objectContaining({ words: "Item “backing” reworded: answer labels" }),
        expect.objectContaining({ words: "Item “recovery” reworded: answer labels" }),
      ],
    });
  });

  it("a changed numeric range, reverse keying, aggregation or derived formula breaks pooling", () => {
    const rescaled = changed((input) => {
      item(input, "work", "years").max = 60;
    });
    expect(versionCompatibility(miniInstrument, rescaled).reasons).toEqual([
      "Item “years”: range changed from 0 to 50 in steps of 0.5 to 0 to 60 in steps of 0.5",
    ]);
    const rekeyed = changed((input) => {
      input.scales[1]!.reverse = [];
      input.scales[1]!.aggregation = "sum";
    });
    expect(versionCompatibility(miniInstrument, rekeyed).reasons).toEqual([
      "Scale “support” scored differently: reverse-keyed items recovery → none; aggregation mean → sum",
    ]);
    const derived = changed((input) => {
      input.derived[0]!.of = ["since_left", "years"];
    });
    expect(versionCompatibility(miniInstrument, derived).reasons).toEqual([
      "Derived variable “years_before_leaving” computed differently: years − since_left → since_left − years",
    ]);
  });

  it("a retyped item and a changed attention check are named; a page added is only a page", () => {
    const retyped = changed((input) => {
      const role = item(input, "work", "role");
      role.type = "multiple";
      delete role.randomizeOptions;
    });
    expect(versionCompatibility(miniInstrument, retyped).reasons).toEqual([
      "Item “role” changed type: single → multiple",
    ]);
    const attention = changed((input) => {
      const rows = (item(input, "strain", "freq_block") as unknown as { rows: { attentionCheck?: object }[] })
        .rows;
      rows[2]!.attentionCheck = { expected: 2 };
    });
    expect(versionCompatibility(miniInstrument, attention).reasons).toEqual([
      "Item “attn”: codes changed from attention check expects 3 to attention check expects 2",
    ]);
    const paged = changed((input) =>
      input.pages.push({
        id: "extra",
        title: "Anything else",
        items: [{ ...ADDED_OPTIONAL, id: "extra_q" }],
      } as never),
    );
    expect(versionCompatibility(miniInstrument, paged)).toMatchObject({ compatible: true });
    expect(diffDefinitions(miniInstrument, paged).map((change) => change.kind)).toEqual([
      "page-added",
      "item-added",
    ]);
  });
});

describe("versionSeries", () => {
  const v2 = changed((input) => {
    input.title = "Mini survey, revised";
    page(input, "work").items.push(ADDED_OPTIONAL);
  });
  const v3 = changed((input) => {
    input.title = "Mini survey, revised";
    page(input, "work").items.push(ADDED_OPTIONAL);
    (item(input, "work", "role").options as { code: number }[])[2]!.code = 4;
  });

  it("pools consecutive compatible versions and starts a new series, with the reasons, at an incompatible one", () => {
    const series = versionSeries([
      { version: 1, definition: miniInstrument },
      { version: 2, definition: v2 },
      { version: 3, definition: v3 },
      { version: 4, definition: v3 },
    ]);
    expect(series).toEqual([
      { versions: [1, 2], startedBecause: [] },
      {
        versions: [3, 4],
        startedBecause: [
          "Item “role”: codes changed from 1, 2, 3, 9; 9 missing for scoring to 1, 2, 4, 9; 9 missing for scoring",
        ],
      },
    ]);
    expect(series.map((entry) => versionsLabel(entry.versions))).toEqual(["versions 1–2", "versions 3–4"]);
    expect(versionsLabel([5])).toBe("version 5");
  });

  it("refuses no versions or versions out of order", () => {
    expect(() => versionSeries([])).toThrow("versionSeries requires at least one version");
    expect(() =>
      versionSeries([
        { version: 2, definition: miniInstrument },
        { version: 1, definition: miniInstrument },
      ]),
    ).toThrow("versionSeries requires versions in ascending order");
  });
});
