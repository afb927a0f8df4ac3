import { describe, expect, it } from "vitest";
import { SCENARIO_NAMES } from "../../../../analysis/synthetic-panel";
import { PANEL_SCENARIOS } from "../../../../analysis/synthetic-respondents/panel-scenarios";
import { runReplication } from "../../../../analysis/validation/run-replication";
import { exactNullPrefixes } from "../../../../analysis/validation/scenario-truth";
import { SCENARIO_TRUTHS } from "../../../../analysis/validation/scenario-truths";
import { normalQuantile } from "../../../../analysis/distributions/normal-quantile";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";

const definition = loadDefaultInstrument();
/** A fresh draw, independent of the committed one (other seed), a tenth of its size. */
const FRESH = { n: 10_000, seed: 424_242 };

describe("the committed scenario truths (analysis/synthetic-respondents/scenario-truth.json)", () => {
  it("were drawn from the scenarios as they are now, 100,000 people each", () => {
    for (const name of SCENARIO_NAMES) {
      const { name: _, description, ...parameters } = PANEL_SCENARIOS[name];
      const truth = SCENARIO_TRUTHS[name];
      expect(truth).toMatchObject({ scenario: name, description, draw: { n: 100_000 } });
      // A changed parameter without `npm run validate:truth` fails here.
      expect(truth.parameters).toEqual(JSON.parse(JSON.stringify(parameters)));
    }
  });

  it("are exact where the scenario fixes them: null's tenure effects and leaver change are zero", () => {
    const exact = (name: "null" | "planted") =>
      Object.entries(SCENARIO_TRUTHS[name].estimands).filter(([, truth]) => truth.exact);
    expect(exact("planted")).toEqual([]);
    const ids = exact("null").map(([id]) => id.split(":")[0]);
    expect(new Set(ids)).toEqual(
      new Set(exactNullPrefixes(PANEL_SCENARIOS.null).map((prefix) => prefix.slice(0, -1))),
    );
    for (const [, truth] of exact("null")) expect(truth).toMatchObject({ se: 0, h0: true });
  });

  // Tertile contrasts (support.*) are left out: the support score is discrete and its 2/3 quantile lies near a
  // jump, so the upper cut moves between 57.1 and 58.3 from draw to draw even at 100,000 and the contrast with
  // it (docs/validation.md); their truth is that of the committed draw's cuts.
  it.each(SCENARIO_NAMES)(
    "%s: agree with a fresh 10,000-person draw within 4 Monte Carlo standard errors",
    { timeout: 60_000 },
    (name) => {
      const truth = SCENARIO_TRUTHS[name];
      const fresh = runReplication({ definition, scenario: name, ...FRESH, bootstrapB: 100 }).values;
      let compared = 0;
      for (const [id, t] of Object.entries(truth.estimands)) {
        if (id.startsWith("support.")) continue;
        const v = fresh[id];
        if (!v) continue;
        if (t.value === null) {
          // A test whose null is false rejects at 10,000; a point estimate without interval or test (the
          // disattenuated r) has no truth to compare.
          if (!t.h0 && v.p !== null) expect(v.p, id).toBeLessThan(0.05);
          continue;
        }
        const freshSe = (v.ci![1] - v.ci![0]) / (2 * normalQuantile(1 - (1 - v.ciLevel) / 2));
        expect(Math.abs(v.estimate - t.value), id).toBeLessThan(4 * Math.hypot(freshSe, t.se));
        compared++;
      }
      expect(compared).toBeGreaterThan(40);
    },
  );
});
