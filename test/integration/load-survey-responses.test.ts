import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { loadSurveyResponses, SurveyLoadError } from "~/surveys/load-survey-responses.server";
import { prisma } from "~/db.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import { writeSyntheticPanel } from "~/surveys/synthetic-panel.server";
import type { SurveyResults } from "../../analysis/survey/results-types";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { createSurvey } from "../support/survey-fixtures";

const run = promisify(execFile);
const SLUG = "erosion";

beforeEach(async () => {
  await prisma.exclusion.deleteMany();
  await prisma.response.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
});

/** Version 1 (default instrument, 60 synthetic responses), version 2 (changed title, 30), version 3 (= version 1, 40). */
async function surveyWithThreeVersions() {
  const { surveyId } = await createSurvey({ slug: SLUG, definition: loadDefaultInstrument() });
  await writeSyntheticPanel({ surveySlug: SLUG, n: 60, seed: 1 });
  const changed = loadDefaultInstrument();
  changed.title.en = "Support Work and Erosion Survey (changed)";
  await addInstrumentVersion(surveyId, changed);
  await writeSyntheticPanel({ surveySlug: SLUG, n: 30, seed: 2, append: true });
  await addInstrumentVersion(surveyId, loadDefaultInstrument());
  await writeSyntheticPanel({ surveySlug: SLUG, n: 40, seed: 3, append: true });
  const latest = await prisma.instrumentVersion.findFirstOrThrow({ where: { surveyId, version: 3 } });
  await prisma.response.create({
    data: { instrumentVersionId: latest.id, answers: "{}", completion: "partial", submittedOn: "2026-10-01" },
  });
  const [first, second] = await prisma.response.findMany({
    where: { instrumentVersionId: latest.id, completion: "complete" },
    take: 2,
    orderBy: { id: "asc" },
  });
  await prisma.exclusion.createMany({
    data: [
      { responseId: first!.id, reason: "speeder" },
      { responseId: first!.id, reason: "attention" },
      { responseId: second!.id, reason: "attention" },
    ],
  });
}

describe("loadSurveyResponses", () => {
  it("loads the completed responses of every version of the series with the latest definition, with their exclusions", async () => {
    await surveyWithThreeVersions();
    const loaded = await loadSurveyResponses(SLUG);
    // Version 2 changed only the title: the same codes and scales, so all three versions are one series.
    expect(loaded.versions).toEqual([1, 2, 3]);
    expect(loaded.pooling).toBe("Versions 1–3 pooled: same codes and scales.");
    expect(loaded.responses).toHaveLength(130);
    expect(loaded.synthetic).toBe(130);
    expect(loaded.definition.title.en).toBe("Support Work and Erosion Survey");
    const reasons = loaded.responses.flatMap((r) => (r.excluded ?? []).map((e) => e.reason)).sort();
    expect(reasons).toEqual(["attention", "attention", "speeder"]);
    expect(loaded.responses[0]!.answers).toHaveProperty("years_support");
  });

  it("reads the table a page at a time and gets the same responses in the same order as in one page", async () => {
    await surveyWithThreeVersions();
    const whole = await loadSurveyResponses(SLUG, "series", prisma, 1000);
    let queries = 0;
    const counting = Object.create(prisma, {
      response: {
        value: {
          findMany: (args: Parameters<typeof prisma.response.findMany>[0]) => {
            queries++;
            return prisma.response.findMany(args);
          },
        },
      },
    }) as typeof prisma;
    const paged = await loadSurveyResponses(SLUG, "series", counting, 7);
    expect(queries).toBe(19); // 130 complete responses in pages of 7: 18 full ones and one of 4
    expect(paged.responses).toEqual(whole.responses);
    expect(paged.synthetic).toBe(130);
  });

  it("loads only the latest version on request", async () => {
    await surveyWithThreeVersions();
    const loaded = await loadSurveyResponses(SLUG, "latest");
    expect(loaded.versions).toEqual([3]);
    expect(loaded.responses).toHaveLength(40);
  });

  it("refuses an unknown survey or one without an instrument", async () => {
    await expect(loadSurveyResponses("nope")).rejects.toThrow(
      new SurveyLoadError('There is no survey with the slug "nope".'),
    );
    await prisma.survey.create({ data: { slug: "empty", title: "Empty" } });
    await expect(loadSurveyResponses("empty")).rejects.toThrow(
      'The survey "empty" has no instrument version yet.',
    );
  });

  it("feeds npm run analyze -- --survey, exclusions included", { timeout: 120_000 }, async () => {
    await surveyWithThreeVersions();
    const out = mkdtempSync(path.join(tmpdir(), "analyze-survey-"));
    try {
      const { stdout, stderr } = await run(process.execPath, [
        "--import",
        "tsx",
        "scripts/analyze.ts",
        "--survey",
        SLUG,
        "--out",
        out,
        "--bootstrap",
        "200",
      ]);
      expect(stderr).toContain(
        'Analysing survey "erosion", instrument versions 1–3 (130 completed responses, 130 of them synthetic)',
      );
      expect(stdout).toContain("Responses: 130 received, 2 excluded (attention 2, speeder 1), 128 analysed");
      const results = JSON.parse(readFileSync(path.join(out, "results.json"), "utf8")) as SurveyResults;
      expect(results.sample.excluded).toEqual({
        total: 2,
        byReason: [
          { reason: "attention", n: 2 },
          { reason: "speeder", n: 1 },
        ],
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
