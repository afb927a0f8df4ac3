// The demo's two-wave panel study and its published within-person finding (issue 14): seeded as the demo seeds
// it, published with the same snapshot, suppression, provenance and download rules as a survey's finding,
// labelled synthetic, and holding no response id or code hash.
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  // Before the app reads its environment: this file's study keys go to a folder of their own.
  const fs = await import("node:fs");
  const os = await import("node:os");
  process.env.STUDY_KEYS_DIR = fs.mkdtempSync(`${os.tmpdir()}/study-keys-`);
});

import { DEMO_RESEARCHER_EMAIL, ensureDemoResearcher } from "~/auth/researchers.server";
import { prisma } from "~/db.server";
import { getFindingVersion } from "~/findings/finding-versions.server";
import { publishWithinPersonFinding } from "~/findings/within-person-finding.server";
import { loader as dataFileLoader } from "~/routes/findings.$slug.v.$version.data.$file";
import { loader as chartFileLoader } from "~/routes/findings.$slug.v.$version.charts.$file";
import { linkStudyWaves } from "~/studies/study-linkage.server";
import { writeSyntheticStudy } from "~/studies/synthetic-study.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { DEMO_STUDY_SLUG, DEMO_WITHIN_PERSON_FINDING_SLUG, seedDemoStudy } from "../../prisma/demo-study";
import { createStudyWithWaves } from "../support/study-fixtures";

const request = new Request("http://localhost/x");
const download = (slug: string, file: string) => {
  const params = { slug, version: "1", file };
  return file.endsWith(".csv")
    ? dataFileLoader({ request, params, context: {} })
    : chartFileLoader({ request, params, context: {} });
};

/** Every response id and every stored code hash of the database, to look for in what is published. */
async function secrets(): Promise<string[]> {
  const rows = await prisma.response.findMany({ select: { id: true, identificationCode: true } });
  return rows.flatMap((row) => [
    row.id,
    ...Object.values(
      JSON.parse(row.identificationCode?.elements ?? "{}") as Record<string, string | null>,
    ).filter((hash): hash is string => typeof hash === "string"),
  ]);
}

let demoResearcherId: string;

beforeAll(async () => {
  await ensureDemoResearcher(prisma);
  demoResearcherId = (
    await prisma.researcher.findUniqueOrThrow({
      where: { email: DEMO_RESEARCHER_EMAIL },
      select: { id: true },
    })
  ).id;
  expect(await seedDemoStudy(prisma, loadDefaultInstrument())).toEqual({ ok: true });
}, 120_000);

describe("the demo's panel study and within-person finding", () => {
  it("has two waves six months apart, answered by the synthetic panel with codes stored as keyed hashes", async () => {
    const study = await prisma.study.findUniqueOrThrow({
      where: { slug: DEMO_STUDY_SLUG },
      select: { waves: { orderBy: { waveNumber: "asc" }, select: { plannedOn: true, surveyId: true } } },
    });
    expect(study.waves.map((wave) => wave.plannedOn)).toEqual(["2026-03-02", "2026-09-01"]);
    for (const wave of study.waves) {
      const responses = await prisma.response.count({
        where: {
          instrumentVersion: { surveyId: wave.surveyId },
          isSynthetic: true,
          identificationCode: { isNot: null },
        },
      });
      expect(responses).toBe(800);
    }
  });

  it("publishes the linkage page's numbers, labelled synthetic, with a chart per scale", async () => {
    const finding = await getFindingVersion(DEMO_WITHIN_PERSON_FINDING_SLUG);
    if (!finding) throw new Error("the within-person finding was not published");
    expect(finding.isSynthetic).toBe(true);
    const study = await prisma.study.findUniqueOrThrow({ where: { slug: DEMO_STUDY_SLUG } });
    const linked = await linkStudyWaves(
      study.id,
      { earlier: "support-work-panel-wave-1", later: "support-work-panel-wave-2" },
      () => Promise.resolve(true),
    );
    if (!linked.ok) throw new Error(linked.message);
    const { snapshot } = finding;
    expect(snapshot.methods.counts).toEqual({
      started: null,
      completed: 1600,
      analysed: linked.report.linksMade,
    });
    const links = snapshot.tables.find((table) => table.id === "linkage")?.rows;
    expect(links?.find((row) => row.quantity === "Links accepted (one-to-one)")?.value).toBe(
      linked.report.linksMade,
    );
    // The client-burnout chart's low-support change is the analysis's, to the table's precision.
    const client = linked.report.withinPerson?.scales.find((result) => result.scale.id === "cbi_client");
    const low = client?.change.byLevel.find((g) => g.level === "low");
    if (!low || low.suppressed) throw new Error("low support was suppressed");
    const chart = snapshot.charts.find((candidate) => candidate.id === "within-person-change-cbi-client");
    expect(chart?.table.rows[0]).toMatchObject({ support: "Low", n: low.n });
    expect(chart?.table.rows[0]?.adjusted).toBeCloseTo(low.adjusted.estimate, 6);
    expect(snapshot.headline.sentence).toContain(`n = ${low.n}`);
    expect(snapshot.charts.map((candidate) => candidate.id)).toEqual(
      expect.arrayContaining(["within-person-change-cbi-work", "within-person-change-cbi-personal"]),
    );
  });

  it("holds no response id and no code hash, and its downloads carry the synthetic stamp", async () => {
    const finding = await getFindingVersion(DEMO_WITHIN_PERSON_FINDING_SLUG);
    const published = JSON.stringify(finding);
    const hidden = await secrets();
    expect(hidden.length).toBeGreaterThan(1600);
    for (const secret of hidden) expect(published.includes(secret), secret).toBe(false);
    const svg = await (
      await download(DEMO_WITHIN_PERSON_FINDING_SLUG, "within-person-change-cbi-client.svg")
    ).text();
    expect(svg).toContain("SYNTHETIC DEMO DATA");
    const csv = await (await download(DEMO_WITHIN_PERSON_FINDING_SLUG, "linkage.csv")).text();
    expect(csv).toMatch(/^# /);
    expect(csv).toContain("Links accepted (one-to-one)");
  });
});

describe("a within-person finding of a small panel", () => {
  it("publishes no change for support groups below the small-cell rule, and a headline that says why", async () => {
    const study = await createStudyWithWaves(demoResearcherId, "small-panel", [
      { survey: "small-wave-1", plannedOn: "2026-01-10" },
      { survey: "small-wave-2", plannedOn: "2026-07-10" },
    ]);
    // 24 people, 75 % of whom answer again: about 18 linked, 6 per support third, all below k = 10.
    await writeSyntheticStudy({ studySlug: "small-panel", n: 24, seed: 3 });
    const published = await publishWithinPersonFinding(
      demoResearcherId,
      study.id,
      { earlier: "small-wave-1", later: "small-wave-2" },
      { findingSlug: "small-panel-change", title: "Small", summary: "s", narrative: "n" },
      () => Promise.resolve(true),
    );
    if (!published.ok) throw new Error(published.message);
    const finding = await getFindingVersion("small-panel-change");
    expect(finding?.snapshot.headline).toEqual({
      sentence: "Too few linked people to compare change from wave 1 to wave 2 by institutional support.",
      effect: null,
    });
    for (const chart of finding?.snapshot.charts ?? [])
      for (const row of chart.table.rows) expect(row.n === null || (row.n as number) >= 10).toBe(true);
    for (const subgroup of finding?.snapshot.methods.subgroups ?? []) expect(subgroup.n).toBeNull();
  });
});
