import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, HIDDEN_TEXT_MARKER, missingCodes, roundScore, wideCsv } from "../../../exports";
import { alignDecimals, csvRecords } from "../../../instrument/encode/csv";
import { createScorer } from "../../../instrument/scoring";
import { exportInstrument, exportResponse } from "../../fixtures/export-instrument";

function parse(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const full = exportResponse(
  "r1",
  {
    consent: 1,
    adult: 1,
    years: 12.5,
    role: 3,
    region: 99,
    a_very_long_multiple_choice_item: [96],
    with: 2,
    b1: 1,
    b2: 2,
    attn: 3,
    b3: 4,
    b4: 5,
    backing: 4,
    recovery: 9,
    since_left: 2,
    protect: 'Time off, "real" time\r\nand a manager',
  },
  { exclusions: ["speeder", "manual"], isSynthetic: true, durationSeconds: 61 },
);
const unseen = exportResponse("r2", { consent: 1, adult: 1, years: 3, role: 1, b1: null });

describe("csvCell", () => {
  it("quotes text with commas, quotes or line breaks (RFC 4180) and leaves plain text and numbers alone", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('He said "no", then left')).toBe('"He said ""no"", then left"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(0.1 + 0.2)).toBe("0.30000000000000004");
  });

  it("escapes text that a spreadsheet would run as a formula, but not numbers", () => {
    for (const text of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
      expect(csvCell(text).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell(-3)).toBe("-3");
  });

  it("refuses numbers a CSV cannot hold", () => {
    expect(() => csvCell(Number.NaN)).toThrow("csvCell requires finite numbers");
  });
});

describe("wideCsv", () => {
  const csv = wideCsv(exportInstrument, [full, unseen], { hiddenTexts: [] });
  const [first, second] = parse(csv);

  it("writes the metadata columns, every variable in definition order, then scales and derived variables", () => {
    expect(csv.split("\r\n")[0]).toBe(
      "response_id,instrument_version,submitted_on,duration_seconds,excluded,is_synthetic," +
        "consent,adult,years,role,region,a_very_long_multiple_choice_item_1,a_very_long_multiple_choice_item_96,with," +
        "b1,b2,attn,b3,b4,backing,recovery,since_left,protect,strain_score,support,years_before_leaving",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(first).toMatchObject({
      response_id: "r1",
      instrument_version: "1",
      submitted_on: "2026-03-01",
      duration_seconds: "61",
      excluded: "manual;speeder",
      is_synthetic: "1",
    });
    expect(second).toMatchObject({ excluded: "", is_synthetic: "0" });
  });

  it("writes numeric codes, one 0/1 column per option of a multiple choice, and a missing-data code per reason", () => {
    expect(first).toMatchObject({ years: "12.5", role: "3", region: "99", with: "2", recovery: "9" });
    expect(first).toMatchObject({
      a_very_long_multiple_choice_item_1: "0",
      a_very_long_multiple_choice_item_96: "1",
    });
    // r2 is an agent (role 1): the page for people who left is routed past; on shown pages it answered little.
    expect(missingCodes(exportInstrument).map((entry) => [entry.reason, entry.code])).toEqual([
      ["not-shown", 997],
      ["not-computable", 998],
      ["skipped", 999],
    ]);
    expect(second).toMatchObject({
      region: "999", // shown, not answered
      a_very_long_multiple_choice_item_1: "999",
      a_very_long_multiple_choice_item_96: "999",
      b1: "999", // shown and left blank (stored as null)
      b2: "999", // shown, no answer stored
      since_left: "997", // not shown: routed past by branching
      protect: "", // free text is never a code: empty whatever the reason
    });
  });

  it("keeps free text (line breaks as spaces) and replaces hidden answers", () => {
    expect(first?.protect).toBe('Time off, "real" time and a manager');
    const hidden = parse(
      wideCsv(exportInstrument, [full], { hiddenTexts: [{ responseId: "r1", itemId: "protect" }] }),
    );
    expect(hidden[0]?.protect).toBe(HIDDEN_TEXT_MARKER);
    const injected = exportResponse("r3", { protect: "=cmd|' /C calc'!A0" });
    expect(parse(wideCsv(exportInstrument, [injected], { hiddenTexts: [] }))[0]?.protect).toBe(
      "'=cmd|' /C calc'!A0",
    );
  });

  it("writes the scorer's scale scores and derived variables, rounded, with a code saying why one is missing", () => {
    const scores = createScorer(exportInstrument)(full.answers);
    expect(Number(first?.strain_score)).toBe(roundScore(scores.strain_score!));
    expect(first?.years_before_leaving).toBe("10.5");
    expect(first?.support).toBe("998"); // "Don't know" counts as unanswered and the scale needs both items
    expect(second?.strain_score).toBe("998"); // shown, too few answered
    expect(second?.years_before_leaving).toBe("997"); // since_left was not shown: the difference does not apply
  });

  it("rounds scores to two decimals, half away from zero, never as -0", () => {
    // R 4.2: round(45.833333333333336, 2) → 45.83; sprintf("%.2f", -0.004) → "-0.00", which the export writes as 0.
    expect(roundScore(45.833333333333336)).toBe(45.83);
    expect(roundScore(2.675)).toBe(2.68);
    expect(roundScore(-2.675)).toBe(-2.68);
    expect(Object.is(roundScore(-0.004), 0)).toBe(true);
    const thirds = exportResponse("r4", { consent: 1, adult: 1, role: 1, b1: 1, b2: 2, b3: 2 });
    const [row] = parse(wideCsv(exportInstrument, [thirds], { hiddenTexts: [] }));
    const exact = createScorer(exportInstrument)(thirds.answers).strain_score!;
    expect(String(exact).length).toBeGreaterThan(6);
    expect(row?.strain_score).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(Number(row?.strain_score)).toBeCloseTo(exact, 2);
  });

  it("applies a coarsening: bands replace the number, merged codes and suppressed scores", () => {
    const coarsen = {
      k: 5,
      recodes: {
        years: {
          kind: "bands" as const,
          bands: [
            { code: 1, label: "0–10 years", lower: null, upper: 10 },
            { code: 2, label: "more than 10 years", lower: 10, upper: null },
          ],
        },
        region: {
          kind: "merge" as const,
          merged: [3, 99],
          otherCode: 990,
          otherLabel: "Other (merged for anonymity): Oceania; Don't say",
        },
        role: { kind: "suppress" as const },
      },
    };
    const [row] = parse(wideCsv(exportInstrument, [full], { hiddenTexts: [], coarsen }));
    expect(row).toMatchObject({ years_band: "2", region: "990", role: "", years_before_leaving: "" });
    // A suppressed variable stays empty, not a missing-data code: nothing about it is said.
    const [agent] = parse(wideCsv(exportInstrument, [unseen], { hiddenTexts: [], coarsen }));
    expect(agent).toMatchObject({ years_band: "1", role: "", region: "999" });
    expect(row).not.toHaveProperty("years");
  });
});

describe("alignDecimals", () => {
  it("writes each numeric column with one number of decimals, never binary noise or exponent form", () => {
    // Cronbach's α of two scales as a table holds them (rounded to 3): 0.9 and 0.89 must read 0.90 and 0.89.
    const text = csvRecords([
      ["alpha", "mean", "p", "n"],
      ...alignDecimals([
        [0.9, 45.833333333333336, "< 0.0001", 120],
        [0.89, -0.0000001, "0.0312", 80],
      ]),
    ]);
    expect(text).toBe("alpha,mean,p,n\r\n0.90,45.8333,< 0.0001,120\r\n0.89,0.0000,0.0312,80\r\n");
  });
});
