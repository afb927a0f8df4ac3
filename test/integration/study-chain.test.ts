// Linking all waves of a study in order (issue 14; decision 062): a synthetic panel answers three waves, its codes
// stored as keyed hashes, and the chain of consecutive links is checked against the generator's truth, which is
// regenerated here from the same definition, seed and months (generateSyntheticWaves is deterministic).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  // Before the app reads its environment: this file's study keys go to a folder of their own.
  const fs = await import("node:fs");
  const os = await import("node:os");
  process.env.STUDY_KEYS_DIR = fs.mkdtempSync(`${os.tmpdir()}/study-keys-`);
});

import { createResearcher } from "~/auth/researchers.server";
import { ChainReport } from "~/components/lab/studies/chain-report";
import { prisma } from "~/db.server";
import { loader as chainLoader } from "~/routes/lab.studies.$slug_.within-person";
import { chainStudyWaves, linkStudyChain } from "~/studies/study-chain.server";
import { writeSyntheticStudy } from "~/studies/synthetic-study.server";
import { codeElementsOf } from "~/studies/wave-code-elements";
import { monthsApart } from "~/studies/wave-months";
import { latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { storedAnswers, storedPresentation } from "~/surveys/stored-answers";
import { generateSyntheticWaves } from "../../analysis";
import type { CodeElementId } from "../../instrument/identification-code-elements";
import { ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createStudyWithWaves } from "../support/study-fixtures";

const N = 240;
const SEED = 7;
const WAVES = [
  { survey: "chain-wave-1", plannedOn: "2026-01-15" },
  { survey: "chain-wave-2", plannedOn: "2026-07-15" },
  { survey: "chain-wave-3", plannedOn: "2027-01-15" },
];
let ownerId: string;
let study: { id: string; slug: string };
const surveyIds: string[] = [];
/** the generator's person behind each stored response id */
const personOfResponse = new Map<string, number>();
let truePeopleInAllWaves: number;

/** A study of the given waves (titles "Title of <survey>", which must not leak), its surveys kept in `surveyIds`. */
async function chainedStudy(slug: string, waves: { survey: string; plannedOn: string }[]) {
  const created = await createStudyWithWaves(
    ownerId,
    slug,
    waves.map((wave) => ({ ...wave, title: `Title of ${wave.survey}` })),
  );
  surveyIds.push(...created.surveyIds);
  return created;
}

/** The generator's truth: the same call writeSyntheticStudy makes, and each stored response matched to its draw. */
async function readTruth() {
  const first = await latestInstrumentVersion(surveyIds[0]!);
  if (!first) throw new Error("wave 1 has no version");
  const generated = generateSyntheticWaves(first.definition, {
    n: N,
    seed: SEED,
    start: WAVES[0]!.plannedOn,
    monthsAfterFirst: WAVES.slice(1).map((wave) => monthsApart(WAVES[0]!.plannedOn, wave.plannedOn)),
    codeElements: codeElementsOf(first.definition) as CodeElementId[],
  });
  for (const [w, surveyId] of surveyIds.slice(0, 3).entries()) {
    const drawn = new Map(
      generated.waves[w]!.map((response, r) => [
        `${storedAnswers.encode(response.answers)}|${storedPresentation.encode(response.presentation)}|${response.submittedOn}`,
        generated.personOf[w]![r]!,
      ]),
    );
    expect(drawn.size).toBe(N); // every draw is told apart by its answers, order and day
    const rows = await prisma.response.findMany({
      where: { instrumentVersion: { surveyId } },
      select: { id: true, answers: true, presentation: true, submittedOn: true },
    });
    for (const row of rows) {
      const person = drawn.get(`${row.answers}|${row.presentation}|${row.submittedOn}`);
      if (person === undefined) throw new Error("a stored response matches no draw");
      personOfResponse.set(row.id, person);
    }
  }
  const [a, b, c] = generated.personOf.map((wave) => new Set(wave));
  truePeopleInAllWaves = [...a!].filter((person) => b!.has(person) && c!.has(person)).length;
}

beforeAll(async () => {
  ownerId = (await createResearcher({ email: "chain-owner@example.org", password: "correct horse battery" }))
    .id;
  await prisma.researcher.update({ where: { id: ownerId }, data: { isAdmin: true } });
  study = await chainedStudy("chained-panel", WAVES);
  expect(await writeSyntheticStudy({ studySlug: study.slug, n: N, seed: SEED })).toEqual([N, N, N]);
  await readTruth();
}, 180_000);

const mayAnalyseAll = () => Promise.resolve(true);

describe("linking three waves in order", () => {
  it("follows the people who answered all three waves, as the generator made them", async () => {
    const chain = await linkStudyChain(study.id, mayAnalyseAll);
    if (!chain.ok) throw new Error(chain.message);
    const full = chain.chains.filter((members) => members.length === 3);
    const correct = full.filter((members) => {
      const people = new Set(members.map((member) => personOfResponse.get(member.id)));
      return people.size === 1 && !people.has(undefined);
    });
    console.info(
      `chains across waves 1–3: ${full.length}, correct ${correct.length}; true people in all three: ${truePeopleInAllWaves}`,
    );
    // Retention 0.75 per wave: about 0.75² · 240 = 135 people answer all three (binomial SD ≈ 8).
    expect(truePeopleInAllWaves).toBeGreaterThan(110);
    // Each pair links ≥ 90 % of true pairs with ≤ 3 % false (decision 057), so a three-wave chain, which needs
    // both links, should recover at least 0.9² ≈ 81 % and be wrong in at most about 6 %.
    expect(correct.length).toBeGreaterThanOrEqual(0.81 * truePeopleInAllWaves);
    expect(correct.length).toBeGreaterThanOrEqual(0.94 * full.length);
    expect(full.length).toBeLessThanOrEqual(truePeopleInAllWaves + 0.06 * full.length);
  });

  it("reports each pair, the chains by span and the random-intercept model, and no response id", async () => {
    const outcome = await chainStudyWaves(study.id, mayAnalyseAll);
    if (!outcome.ok) throw new Error(outcome.message);
    const { report } = outcome;
    expect(report.waves.map((wave) => [wave.waveNumber, wave.responses])).toEqual([
      [1, N],
      [2, N],
      [3, N],
    ]);
    expect(report.pairs.map((pair) => [pair.earlierWave, pair.laterWave])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    for (const pair of report.pairs) {
      expect(pair.linksMade).toBeGreaterThan(0.9 * 0.75 * N - 20);
      expect(pair.falseMatchRate).toBeLessThan(0.03);
    }
    // Every link is in one chain: links = Σ people × (waves spanned − 1).
    const linksInSpans = report.spans.reduce((sum, span) => sum + span.people * (span.to - span.from), 0);
    expect(linksInSpans).toBe(report.pairs.reduce((sum, pair) => sum + pair.linksMade, 0));
    const spanned = report.spans.find((span) => span.from === 1 && span.to === 3)?.people ?? 0;
    expect(spanned).toBeGreaterThan(0.81 * truePeopleInAllWaves);

    const within = report.withinPerson;
    console.info(
      JSON.stringify({
        pairs: report.pairs,
        spans: report.spans,
        people: within?.people,
        models: within?.scales.map(({ scale, model }) => ({
          scale: scale.id,
          groups: model.fit?.nGroups,
          slopeAtMeanSupport: model.slopeAtMeanSupport,
        })),
      }),
    );
    expect(within?.people).toBe(report.spans.reduce((sum, span) => sum + span.people, 0));
    for (const result of within?.scales ?? []) {
      expect(result.model.notFittedBecause).toBeNull();
      const fit = result.model.fit!;
      expect(fit.names).toEqual(["(Intercept)", "years", "support", "years:support"]);
      // people without a support score at their first wave or without the scale scored sit out the model
      expect(fit.nGroups).toBeLessThanOrEqual(within!.people!);
      expect(fit.nGroups).toBeGreaterThan(0.6 * within!.people!);
      expect(fit.nObservations).toBeGreaterThan(2 * fit.nGroups);
      const years = fit.coefficients.years!;
      expect(years.ci95[0]).toBeLessThan(years.estimate);
      expect(years.ci95[1]).toBeGreaterThan(years.estimate);
      expect(result.model.slopeAtMeanSupport?.se).toBeGreaterThan(0);
    }
    expect(within?.scales.length).toBeGreaterThan(0);

    const html = renderToStaticMarkup(createElement(ChainReport, { report }));
    expect(html).toContain("Change per year at the mean support");
    expect(html.match(/random-intercept model over all waves/g)).toHaveLength(within!.scales.length);
    expect(html).not.toContain("The random-intercept model needs three waves or more");
    const shown = JSON.stringify(report);
    for (const id of personOfResponse.keys()) {
      expect(shown).not.toContain(id);
      expect(html).not.toContain(id);
    }
  }, 60_000);
});

describe("a chain that is not linked, each with its message", () => {
  it("refuses when the researcher may not analyse a wave, naming only its number, and a study of one wave", async () => {
    const wave3 = surveyIds[2]!;
    const refused = await chainStudyWaves(study.id, (surveyId) => Promise.resolve(surveyId !== wave3));
    expect(refused).toEqual({
      ok: false,
      field: null,
      message:
        "Linking all waves needs the right to run the analysis of every wave (owner or analyst); you may not analyse wave 3.",
    });
    const lonely = await chainedStudy("lonely-panel", [{ survey: "lonely-1", plannedOn: "2026-03-01" }]);
    expect(await chainStudyWaves(lonely.id, mayAnalyseAll)).toMatchObject({
      ok: false,
      message: "Linking waves in order needs a study with two waves or more.",
    });
  });
});

describe("the page of change across all waves", () => {
  const page = (cookie: string) =>
    outcomeOf(() =>
      chainLoader({
        request: new Request(`${ORIGIN}/lab/studies/chained-panel/within-person`, {
          headers: { Cookie: cookie },
        }),
        params: { slug: "chained-panel" },
        context: {},
      }),
    );

  it("shows the report to an owner of every wave", async () => {
    const owner = await signedInResearcher("chain-page@example.org", { role: "owner", surveyIds });
    const shown = await page(owner.cookie);
    expect(shown.status).toBe(200);
    expect(shown.data).toMatchObject({ refusal: null, report: { pairs: expect.any(Array) } });
  }, 60_000);

  it("refuses a member of the first two waves only, without naming the third", async () => {
    const member = await signedInResearcher("chain-partial@example.org", {
      role: "owner",
      surveyIds: surveyIds.slice(0, 2),
    });
    const refused = await page(member.cookie);
    expect(refused.status).toBe(200);
    expect(refused.data).toMatchObject({ report: null, refusal: expect.stringMatching(/wave 3\.$/) });
    expect(JSON.stringify(refused.data)).not.toContain("Title of chain-wave-3");
  });
});
