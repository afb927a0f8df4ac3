import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmtBootstrap } from "../../../../analysis/htmt-bootstrap";
import type { DiscriminantValidity } from "../../../../analysis/survey/results-types";
import { runSurveyAnalysis } from "../../../../analysis/survey/run-survey-analysis";
import { loadDefaultInstrument } from "../../../../instrument/default-instrument";
import { expectRelativelyClose } from "../close-to";
import { bootstrapIndicesCsv, itemSampleCsv } from "./item-sample";
import { panelResponses } from "./panel-responses";

// The data: the keyed items and outcomes of panelResponses(300, 41), exported once to fixtures/item-sample.csv
// and analysed by fixtures/item-level.R (R 4.2.2, semTools 0.5-6, boot 1.3-28.1; the R call is beside each
// number). The bootstrap's resamples are exported too (fixtures/htmt-bootstrap-indices.csv), so R recomputes HTMT
// on the very same rows and boot.ci reads the same percentile interval. The first test proves both fixtures are
// exactly what the analysis uses.
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const definition = loadDefaultInstrument();
const responses = panelResponses(300, 41);
// A fixed B (bootstrapMaxB = bootstrapB): the R comparison reads the very same 200 resamples.
const results = runSurveyAnalysis({
  definition,
  responses,
  options: { bootstrapB: 200, bootstrapMaxB: 200, seed: 1 },
});
const pair = results.discriminantValidity[0] as DiscriminantValidity;
const EST = 1e-9;

describe("item-level analyses against R on a small exported sample", () => {
  it("analyses exactly the exported rows and resamples", () => {
    expect(itemSampleCsv(definition, responses)).toBe(fixture("item-sample.csv"));
    expect(pair.n).toBe(129); // nrow(na.omit(d[, c(prot, cbi)]))
    expect(bootstrapIndicesCsv(129, 200, 1)).toBe(fixture("htmt-bootstrap-indices.csv"));
  });

  it("computes HTMT as Henseler et al.'s formula and semTools::htmt", () => {
    // htmt_plain(m) = mean(r[x, y]) / sqrt(mono(x) * mono(y)) → 0.619705912053247;
    // semTools htmt(model, m, absolute = FALSE, htmt2 = FALSE) → 0.619705912053247
    expect(pair.scales.map((s) => s.id)).toEqual(["protective_restructuring", "cbi_client"]);
    expectRelativelyClose(pair.htmt.estimate, 0.619705912053247, EST, "HTMT");
  });

  it("reads the percentile interval boot.ci reads from the same resamples, and agrees with boot's own", () => {
    // b$t[, 1] <- apply(idx, 1, function(i) htmt_plain(m[i, ])); boot.ci(b, type = "perc")
    expect(pair.htmt).toMatchObject({ interval: "percentile", B: 200, seed: 1, nonFinite: 0 });
    expectRelativelyClose(pair.htmt.ci95[0], 0.40150603181059, EST, "lower");
    expectRelativelyClose(pair.htmt.ci95[1], 0.825735190381805, EST, "upper");
    expect(pair.verdict).toBe("distinct"); // upper bound 0.826 < 0.85
    // set.seed(1); boot(m, …, R = 20000) → [0.380475293674884, 0.829701734458699]; at B = 20000 each bound's
    // Monte Carlo SE is about 0.002, so two independent runs agree within 0.01 (more than 3 SE of their difference).
    const m = fixture("item-sample.csv")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",").slice(1, 13))
      .filter((row) => row.every((v) => v !== "NA"))
      .map((row) => row.map(Number));
    const columns = Array.from({ length: 12 }, (_, j) => Float64Array.from(m, (row) => row[j]!));
    const long = htmtBootstrap(columns.slice(0, 6), columns.slice(6), { B: 20_000, seed: 7 });
    expect(Math.abs(long.ci95[0] - 0.380475293674884)).toBeLessThan(0.01);
    expect(Math.abs(long.ci95[1] - 0.829701734458699)).toBeLessThan(0.01);
  });

  it("disattenuates the score correlation by both α", () => {
    // alpha(items) = k/(k-1) (1 - sum(var)/var(rowSums)); r = cor(rowMeans(prot), rowMeans(client))
    expectRelativelyClose(pair.alpha[0], 0.837166444839493, EST, "α protective");
    expectRelativelyClose(pair.alpha[1], 0.899071274142922, EST, "α client");
    expectRelativelyClose(pair.scoreCorrelation, 0.522436073341935, EST, "r");
    expectRelativelyClose(pair.disattenuated, 0.602185354907399, EST, "r / sqrt(α1 α2)");
    // At a fixed B of 200 the bounds' Monte Carlo error exceeds 0.005, so one decimal is published (decision 028).
    expect(pair.statement).toContain("HTMT = 0.62 (95 % percentile bootstrap CI 0.4 to 0.8, B = 200)");
    expect(pair.htmt.digits).toBe(1);
  });

  it("correlates each support item with each outcome as cor.test, with BH across all 35 tests as p.adjust", () => {
    // cor.test(s[[item]], s[[outcome]]) among current practitioners: n, r, CI, p
    const reference: [string, string, number, number, number, number, number][] = [
      [
        "inst_replaceable",
        "capacity_drop",
        203,
        -0.192365535180153,
        -0.321557117619004,
        -0.0561429658561902,
        0.00596699175145853,
      ],
      [
        "inst_replaceable",
        "cbi_client",
        236,
        -0.00629159766435107,
        -0.133884512414759,
        0.121506508463232,
        0.923408492617472,
      ],
      [
        "inst_feedback",
        "cbi_personal",
        244,
        -0.28440116031566,
        -0.395848556619662,
        -0.164697809794863,
        6.38503735294136e-6,
      ],
      [
        "inst_feedback",
        "protective_restructuring",
        244,
        -0.132572398502235,
        -0.253930477324414,
        -0.00710486738212018,
        0.038512713282578,
      ],
    ];
    for (const [item, outcome, n, r, lo, hi, p] of reference) {
      const row = results.supportItems.find((a) => a.item === item && a.outcome === outcome)!;
      if (row.n === null) expect.fail(`${item}:${outcome} has no estimate`);
      expect(row.n).toBe(n);
      expectRelativelyClose(row.r, r, EST, `r ${item}:${outcome}`);
      expectRelativelyClose(row.ci95[0], lo, EST, "lower");
      expectRelativelyClose(row.ci95[1], hi, EST, "upper");
      expectRelativelyClose(row.p, p, 1e-6, "p");
    }
    // p.adjust(ps, method = "BH"), ps in item then outcome order
    const bh = fixture("item-level-bh.txt").trim().split(/\s+/).map(Number);
    const family = results.multipleComparisons.find((f) => f.id === "support-items")!;
    expect(family.method).toBe("bh");
    expect(family.tests).toHaveLength(35);
    family.tests.forEach((test, i) => expectRelativelyClose(test.pAdjusted, bh[i]!, 1e-6, `BH ${test.id}`));
    expect(results.supportItems.map((a) => `${a.item}:${a.outcome}`)).toEqual(family.tests.map((t) => t.id));
  });

  it("keeps BH for the item family when the analysis corrects the others by Holm or BH", () => {
    const bh = runSurveyAnalysis({ definition, responses, options: { bootstrapB: 200, correction: "bh" } });
    const items = (r: typeof results) => r.multipleComparisons.find((f) => f.id === "support-items")!;
    expect(items(bh).tests).toEqual(items(results).tests);
    expect(results.multipleComparisons.find((f) => f.id === "moderation")!.method).toBe("holm");
  });
});
