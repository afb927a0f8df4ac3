// The linked-data file and its codebook (decision 061), built from people the test writes out by hand.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type LinkedPerson, linkedCodebookMarkdown, linkedCsv } from "../../../exports";

const MISSING = { noScore: 998, notAnswered: 999 };

const person = (linkId: string, tertile: 1 | 2 | 3 | null, later: number | null): LinkedPerson => ({
  linkId,
  supportTertile: tertile,
  // Waves given out of order: the file puts them in order.
  waves: [
    { wave: 2, monthsSinceWave1: 5.946, yearsInSupport: null, scores: { cbi_client: later } },
    { wave: 1, monthsSinceWave1: 0, yearsInSupport: 3.5, scores: { cbi_client: 45.833333333333336 } },
  ],
});

describe("linkedCsv", () => {
  it("writes two rows per person in link-id order, scores rounded, absent values as missing codes", () => {
    const text = linkedCsv([person("Lb", 2, 50), person("La", null, null)], ["cbi_client", "gone"], MISSING);
    const rows = Papa.parse<string[]>(text.trim(), { newline: "\r\n" }).data;
    expect(rows).toEqual([
      [
        "link_id",
        "wave",
        "months_since_wave_1",
        "years_support",
        "support_tertile_baseline",
        "cbi_client",
        "gone",
      ],
      ["La", "1", "0.0", "3.5", "998", "45.83", "998"],
      ["La", "2", "5.9", "999", "998", "998", "998"],
      ["Lb", "1", "0.0", "3.5", "2", "45.83", "998"],
      ["Lb", "2", "5.9", "999", "2", "50", "998"],
    ]);
  });

  it("refuses two people with one link id", () => {
    expect(() => linkedCsv([person("La", 1, 1), person("La", 1, 1)], [], MISSING)).toThrow(
      "linkedCsv requires a different link id for every person",
    );
  });
});

describe("linkedCodebookMarkdown", () => {
  it("states the threshold, the false-match rate and the links, and keeps definition text literal", () => {
    const text = linkedCodebookMarkdown({
      csvFileName: "s-w1-w2-linked.csv",
      studyTitle: "Panel <b>x</b>",
      waves: [
        { waveNumber: 1, title: "One", responses: 10 },
        { waveNumber: 2, title: "Two", responses: 9 },
      ],
      monthsBetween: 6,
      codeElements: 6,
      threshold: { used: 14.26, suggested: 12 },
      falseMatchRate: { estimate: 0.0123, definition: "Share of false links." },
      linksMade: 7,
      scales: [{ id: "cbi_client", label: "Client | burnout [x](javascript:y)" }],
      missing: MISSING,
    });
    expect(text).toContain("# Linked data: Panel \\<b\\>x\\</b\\>, waves 1 and 2");
    expect(text).toContain("- Links made: **7**, so the file has 14 rows.");
    expect(text).toContain("- Threshold used: 14.3 bits (suggested: 12.0).");
    expect(text).toContain("- Estimated false-match rate: **1.2 %**. Share of false links.");
    // A label's | stays inside its cell: the row has exactly three unescaped cell borders.
    const row = text.split("\n").find((line) => line.startsWith("| `cbi_client`"))!;
    expect(row.replace(/\\\|/g, "").match(/\|/g)).toHaveLength(3);
    expect(row).toContain("\\[x\\](javascript:y)"); // brackets escaped: no link
  });
});
