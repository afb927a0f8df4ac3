// The within-person report shows the random-intercept model when the linked people hold three waves, and with two
// says once that the model needs three (decision 062). People are made by hand; the numbers come from the analysis.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WithinPersonReport } from "../../../app/components/lab/studies/within-person-report";
import { analyseWithinPerson, type PersonWaves } from "../../../analysis/within-person";

/** 14 people, scores rising about 3 points a wave with person-level offsets and some wobble. */
function people(waves: number): PersonWaves[] {
  return Array.from({ length: 14 }, (_, i) => ({
    person: `person-${i}`,
    baselineSupport: 20 + 4 * i,
    waves: Array.from({ length: waves }, (_, w) => ({
      wave: w + 1,
      monthsSinceFirstWave: 6 * w,
      scores: { cbi_work: 40 + (i % 5) * 6 + 3 * w + ((i * 7 + w * 3) % 5) - 2 },
      tenureYears: 1 + (i % 6) + w / 2,
    })),
  }));
}

const render = (waves: number) =>
  renderToStaticMarkup(
    createElement(WithinPersonReport, {
      results: analyseWithinPerson(people(waves), {
        scales: [{ id: "cbi_work", label: "Work-related burnout" }],
        bootstrapB: 100,
      }),
    }),
  );

describe("the within-person report", () => {
  it("with two waves, says the random-intercept model needs three and shows none", () => {
    const html = render(2);
    expect(html).toContain("The random-intercept model needs three waves or more");
    expect(html).not.toContain("random-intercept model over all waves");
  });

  it("with three waves, shows the model's fixed effects with intervals and the change per year", () => {
    const html = render(3);
    expect(html).not.toContain("needs three waves or more");
    expect(html).toContain(
      "Work-related burnout: random-intercept model over all waves (REML; 42 scores of 14 people)",
    );
    for (const term of [
      "Score at a person&#x27;s first wave, at support 0",
      "Change per year, at support 0",
      "Change per year at the mean support (46.0)",
    ])
      expect(html).toContain(term);
    // About 3 points a wave, two waves a year: close to +6 a year at any support.
    const slope = /Change per year at the mean support \(46\.0\)<\/th><td>\+(\d+\.\d+) \(/.exec(html);
    expect(Number(slope?.[1])).toBeGreaterThan(5);
    expect(Number(slope?.[1])).toBeLessThan(7);
  });
});
