// Linking two waves of a study through the lab (issue 14; decision 057): a synthetic panel answers both waves,
// its codes stored as keyed hashes exactly as real ones, and the linkage page's domain function links them,
// reports only counts and distributions, and refuses waves it must not link, changing nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  // Before the app reads its environment: this file's study keys go to a folder of their own.
  const fs = await import("node:fs");
  const os = await import("node:os");
  process.env.STUDY_KEYS_DIR = fs.mkdtempSync(`${os.tmpdir()}/study-keys-`);
});

import { createResearcher } from "~/auth/researchers.server";
import { prisma } from "~/db.server";
import { loader as linkageLoader } from "~/routes/lab.studies.$slug_.linkage";
import { linkStudyWaves } from "~/studies/study-linkage.server";
import { writeSyntheticStudy } from "~/studies/synthetic-study.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { answerFields } from "../../instrument/traversal";
import { ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createStudyWithWaves } from "../support/study-fixtures";

const N = 240;
let ownerId: string;
let study: { id: string; slug: string; title: string };

beforeAll(async () => {
  ownerId = (
    await createResearcher({ email: "linkage-owner@example.org", password: "correct horse battery" })
  ).id;
  await prisma.researcher.update({ where: { id: ownerId }, data: { isAdmin: true } });
  study = await createStudyWithWaves(ownerId, "linked-panel", [
    { survey: "linked-wave-1", plannedOn: "2026-01-15" },
    { survey: "linked-wave-2", plannedOn: "2026-07-15" },
  ]);
  expect(await writeSyntheticStudy({ studySlug: study.slug, n: N, seed: 7 })).toEqual([N, N]);
}, 120_000);

const mayAnalyseAll = () => Promise.resolve(true);

/** The role question's option labels in the order the definition lists them. */
const roleOptionLabels = () =>
  (answerFields(loadDefaultInstrument()).find((field) => field.id === "role")?.options ?? []).map(
    (option) => option.label.en,
  );

describe("linking two waves of a synthetic study", () => {
  it("links most of the people who answered both, with a low estimated false-match rate, and shows no record", async () => {
    const outcome = await linkStudyWaves(
      study.id,
      { earlier: "linked-wave-1", later: "linked-wave-2" },
      mayAnalyseAll,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const { report } = outcome;
    expect(report.earlier).toMatchObject({ waveNumber: 1, responses: N, withoutCode: 0 });
    expect(report.monthsBetween).toBeCloseTo(5.95, 1);
    // The generator's retention is 75 %: about 180 of 240 answer both waves (binomial SD ≈ 7).
    expect(report.linksMade).toBeGreaterThan(0.9 * 0.75 * N - 20);
    expect(report.linksMade).toBeLessThan(0.75 * N + 25);
    expect(report.result.falseMatchRate.estimate).toBeLessThan(0.03);
    expect(report.result.histogram.reduce((sum, bin) => sum + bin.accepted, 0)).toBe(report.linksMade);
    expect(report.result.baseline.map((row) => row.variable)).toContain("cbi_client");
    // role first, in the definition's option order, then the support tertiles low, middle, high
    expect(Object.keys(report.result.bySubgroup)).toEqual(["role", "institutional support"]);
    expect(report.result.bySubgroup["institutional support"]!.map((rate) => rate.value)).toEqual([
      "low",
      "middle",
      "high",
    ]);
    const roleOrder = roleOptionLabels();
    const roles = report.result.bySubgroup.role!.map((rate) => rate.value);
    expect(roles.map((role) => roleOrder.indexOf(role))).toEqual(
      roles.map((role) => roleOrder.indexOf(role)).sort((a, b) => a - b),
    );
    // baseline rows by the scales' labels, in the definition's order
    const scales = loadDefaultInstrument().scales;
    expect(report.result.baseline.map((row) => row.label)).toEqual(scales.map((scale) => scale.label.en));
    // Counts and distributions only: no response id, and no stored hash, reaches the page.
    const ids = await prisma.response.findMany({ select: { id: true, identificationCode: true } });
    const shown = JSON.stringify(report);
    for (const row of ids.slice(0, 50)) {
      expect(shown).not.toContain(row.id);
      const hash = row.identificationCode
        ? Object.values(JSON.parse(row.identificationCode.elements))[0]
        : null;
      if (typeof hash === "string") expect(shown).not.toContain(hash);
    }
  });

  it("analyses change within the linked people, who carry new random ids", async () => {
    const outcome = await linkStudyWaves(
      study.id,
      { earlier: "linked-wave-1", later: "linked-wave-2" },
      mayAnalyseAll,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const within = outcome.report.withinPerson;
    expect(within?.people).toBe(outcome.report.linksMade);
    const client = within?.scales.find((result) => result.scale.id === "cbi_client");
    expect(client?.change.n).toBeGreaterThan(100);
    expect(client?.change.byLevel.map((level) => level.level)).toEqual(["low", "middle", "high"]);
    expect(client?.comparison.within?.ci95[0]).toBeLessThan(client?.comparison.within?.ci95[1] ?? Number.NaN);
    // like with like (decision 058): the within change beside what the cross-sectional curve predicts for them
    expect(client?.comparison.curveKnots?.length).toBe(4);
    expect(client?.comparison.withinMinusCurvePredicted?.estimate).toBeCloseTo(
      client!.comparison.within!.estimate - client!.comparison.curvePredicted!.estimate,
      10,
    );
    expect(client?.comparison.sentence).toContain("the cross-sectional curve over years in support");
  });

  it("stores the synthetic codes as keyed hashes only", async () => {
    const codes = await prisma.responseIdentificationCode.findMany({ take: 20 });
    expect(codes).toHaveLength(20);
    for (const code of codes)
      for (const value of Object.values(JSON.parse(code.elements) as Record<string, string | null>))
        if (value !== null) expect(value).toMatch(/^[0-9a-f]{64}$/);
  });

  it("links fewer with a stricter threshold the researcher chooses", async () => {
    const suggested = await linkStudyWaves(
      study.id,
      { earlier: "linked-wave-1", later: "linked-wave-2" },
      mayAnalyseAll,
    );
    const strict = await linkStudyWaves(
      study.id,
      { earlier: "linked-wave-1", later: "linked-wave-2", threshold: 40 },
      mayAnalyseAll,
    );
    if (!suggested.ok || !strict.ok) throw new Error("linkage refused");
    expect(strict.report.result.threshold.used).toBe(40);
    expect(strict.report.linksMade).toBeLessThan(suggested.report.linksMade);
  });
});

describe("waves that are not linked, each with its message", () => {
  it("refuses a wave of another study, waves out of order, one wave twice, and a wave the researcher may not analyse", async () => {
    await createStudyWithWaves(ownerId, "other-panel", [{ survey: "other-wave-1", plannedOn: "2026-02-01" }]);
    const link = (earlier: string, later: string, may = mayAnalyseAll) =>
      linkStudyWaves(study.id, { earlier, later }, may);
    // Another study's wave, a survey that is no wave and a survey that does not exist read alike: nothing about
    // surveys outside this study is revealed, not even their titles.
    for (const [earlier, later, field, slug] of [
      ["linked-wave-1", "other-wave-1", "later", "other-wave-1"],
      ["no-such-survey", "linked-wave-1", "earlier", "no-such-survey"],
    ] as const)
      expect(await link(earlier, later)).toEqual({
        ok: false,
        field,
        message: `"${slug}" is not a wave of this study. Only waves of one study can be linked: each study hashes its codes with its own key.`,
      });
    expect(await link("linked-wave-2", "linked-wave-1")).toMatchObject({
      field: "later",
      message: expect.stringMatching(/^Wave 1 comes before wave 2/),
    });
    expect(await link("linked-wave-1", "linked-wave-1")).toMatchObject({
      field: "later",
      message: "Choose two different waves.",
    });
    expect(await link("linked-wave-1", "linked-wave-2", () => Promise.resolve(false))).toMatchObject({
      field: "earlier",
      message: expect.stringMatching(/^Linking needs the right to run the analysis/),
    });
  });
});

describe("the linkage page", () => {
  it("shows the report to an owner of both waves, and the refusal on its field otherwise", async () => {
    const owner = await signedInResearcher("linkage-page@example.org", { role: "owner" });
    const page = (query: string) =>
      outcomeOf(() =>
        linkageLoader({
          request: new Request(`${ORIGIN}/lab/studies/linked-panel/linkage${query}`, {
            headers: { Cookie: owner.cookie },
          }),
          params: { slug: "linked-panel" },
          context: {},
        }),
      );
    const shown = await page("?earlier=linked-wave-1&later=linked-wave-2");
    expect(shown.status).toBe(200);
    expect(shown.data).toMatchObject({ failure: null, report: { linksMade: expect.any(Number) } });
    const refused = await page("?earlier=linked-wave-1&later=linked-wave-2&threshold=lots");
    expect(refused.data).toMatchObject({
      report: null,
      failure: { fieldErrors: { threshold: expect.stringMatching(/number of bits/) } },
    });
  });
});
