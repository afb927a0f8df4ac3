import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import type { DataQualityScreen } from "~/lab/data-quality.server";
import { exclusionSummary } from "~/surveys/exclusion-summary.server";
import { SPEEDER_MEDIAN_FRACTION } from "~/surveys/quality-rules";
import { action as qualityAction, loader as qualityLoader } from "~/routes/lab.surveys.$slug.quality";
import { generateSyntheticPanel } from "../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "erosion";
const PANEL_SIZE = 400;
type Researcher = Awaited<ReturnType<typeof signedInResearcher>>;
let researcher: Researcher;
let surveyId: string;

const params = { slug: SLUG };
const load = async (query = "") => {
  const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/quality${query}`, {
    headers: { Cookie: researcher.cookie },
  });
  const outcome = await outcomeOf(() => qualityLoader({ request, params, context: {} }));
  return {
    status: outcome.status,
    quality: (outcome.data as { quality: DataQualityScreen } | null)?.quality,
  };
};
const act = (fields: Record<string, string>) =>
  outcomeOf(() =>
    qualityAction({
      request: formPost(`/lab/surveys/${SLUG}/quality`, fields, {
        cookie: researcher.cookie,
        csrfToken: researcher.csrfToken,
      }),
      params,
      context: {},
    }),
  );
const index = (quality: DataQualityScreen | undefined, id: string) =>
  quality?.indices.find((entry) => entry.id === id);

beforeAll(async () => {
  // A seeded synthetic panel (about 3 % speeders, 3 % straight-liners, 2 % of the rest failing the
  // attention check), written straight into this file's database.
  const definition = loadDefaultInstrument();
  const created = await createSurvey({ slug: SLUG, definition });
  surveyId = created.surveyId;
  const panel = generateSyntheticPanel(definition, { n: PANEL_SIZE, seed: 11 });
  await prisma.response.createMany({
    data: panel.map((response) => ({
      instrumentVersionId: created.versionId,
      answers: JSON.stringify(response.answers),
      presentation: JSON.stringify(response.presentation),
      pageSeconds: JSON.stringify(response.pageSeconds),
      durationSeconds: response.durationSeconds,
      submittedOn: response.submittedOn,
      completion: "complete",
      isSynthetic: true,
    })),
  });
});

beforeEach(async () => {
  await prisma.exclusion.deleteMany();
  researcher = await signedInResearcher();
});

describe("the data-quality screen on a synthetic panel", () => {
  it("flags about the panel's share of speeders, straight-liners and attention failures", async () => {
    const { status, quality } = await load();
    expect(status).toBe(200);
    expect(quality?.totals).toMatchObject({ responses: PANEL_SIZE, synthetic: PANEL_SIZE, excluded: 0 });

    // Speeders, checked independently: duration under a third of the median duration.
    const durations = (await prisma.response.findMany({ select: { durationSeconds: true } })).map(
      (row) => row.durationSeconds!,
    );
    const sorted = [...durations].sort((a, b) => a - b);
    const median = (sorted[PANEL_SIZE / 2 - 1]! + sorted[PANEL_SIZE / 2]!) / 2;
    const expectedSpeeders = durations.filter(
      (duration) => duration < SPEEDER_MEDIAN_FRACTION * median,
    ).length;
    expect(index(quality, "speeder")?.flagged).toBe(expectedSpeeders);
    // The model's 3 % speeders take 0.12 times as long; binomial(400, 0.03) lies within 4–22 with > 99.9 %.
    expect(expectedSpeeders).toBeGreaterThanOrEqual(4);
    expect(expectedSpeeders).toBeLessThanOrEqual(22);

    // Straight-liners give one code down every matrix row: longstring and a zero IRV find them.
    const longstring = index(quality, "longstring")!.flagged;
    const lowIrv = index(quality, "irv")!.flagged;
    expect(lowIrv).toBeGreaterThanOrEqual(4);
    expect(lowIrv).toBeLessThanOrEqual(22);
    expect(longstring).toBeGreaterThanOrEqual(lowIrv - 2);
    expect(longstring).toBeLessThanOrEqual(lowIrv + 8);
    // Attention failures: 3 % speeders (5 in 6 fail), 3 % straight-liners (9 in 10 fail), 2 % of the rest.
    const attention = index(quality, "attention")!.flagged;
    expect(attention).toBeGreaterThanOrEqual(12);
    expect(attention).toBeLessThanOrEqual(50);
    expect(index(quality, "mahalanobis")!.computed).toBeGreaterThan(40);
    expect(index(quality, "automated")!.flagged).toBe(0);
    expect(quality?.table.total).toBe(quality?.totals.flagged);
  });

  it("lists one index's flagged responses, 25 to a page, and refuses an unknown filter", async () => {
    const { quality } = await load("?show=attention");
    expect(quality?.table.total).toBe(index(quality, "attention")?.flagged);
    expect(quality?.table.rows.length).toBeLessThanOrEqual(25);
    expect(
      quality?.table.rows.every(
        (row) => row.flagged.includes("attention") && row.failedChecks.includes("inst_attention"),
      ),
    ).toBe(true);
    expect((await load("?show=everything")).status).toBe(400);
  });
});

describe("excluding and including by index", () => {
  it("stores one exclusion per flagged response with its value and threshold, audited, and takes them back", async () => {
    const flagged = index((await load()).quality, "speeder")!.flagged;
    const excluded = await act({ intent: "exclude-index", index: "speeder" });
    expect(excluded.status).toBe(200);
    const rows = await prisma.exclusion.findMany({ where: { reason: "speeder" } });
    expect(rows).toHaveLength(flagged);
    expect(
      rows.every(
        (row) =>
          row.researcherId === researcher.id &&
          /^\d+ s, under \d+ s \(one third of the median \d+ s\); version 1$/.test(row.detail ?? ""),
      ),
    ).toBe(true);
    expect(
      await prisma.auditEvent.findFirst({ where: { action: "exclusion", researcherId: researcher.id } }),
    ).toMatchObject({
      researcherId: researcher.id,
      target: `survey:${SLUG}`,
      detail: expect.stringContaining(`speeder: excluded ${flagged} flagged responses`),
    });
    const after = (await load()).quality;
    expect(index(after, "speeder")?.excluded).toBe(flagged);
    expect(after?.totals.excluded).toBe(flagged);
    expect(await exclusionSummary(surveyId)).toEqual([
      { reason: "speeder", count: flagged, rule: expect.stringContaining("one third of the median") },
    ]);

    // Toggling again is idempotent: still one row per response.
    await act({ intent: "exclude-index", index: "speeder" });
    expect(await prisma.exclusion.count()).toBe(flagged);

    expect((await act({ intent: "include-index", index: "speeder" })).status).toBe(200);
    expect(await prisma.exclusion.count()).toBe(0);
    expect(
      await prisma.auditEvent.findFirst({
        where: { action: "exclusion-removed", researcherId: researcher.id },
      }),
    ).toMatchObject({
      detail: `speeder: included ${flagged} responses again`,
    });
    expect(await exclusionSummary(surveyId)).toEqual([]);
  });

  it("answers 400 to an unknown index", async () => {
    expect((await act({ intent: "exclude-index", index: "vibes" })).status).toBe(400);
    expect(await prisma.exclusion.count()).toBe(0);
  });
});

describe("excluding and restoring one response", () => {
  it("needs a reason, stores it, audits it, and restores the response with all its exclusions", async () => {
    const response = await prisma.response.findFirstOrThrow({ select: { id: true } });
    const missing = await act({ intent: "exclude-response", responseId: response.id, reason: "  " });
    expect(missing.status).toBe(400);
    expect(missing.data).toEqual({
      status: "error",
      fieldErrors: { reason: "Say why this response is excluded." },
      formError: null,
      values: { intent: "exclude-response", responseId: response.id, reason: "  " },
    });

    await act({
      intent: "exclude-response",
      responseId: response.id,
      reason: "Answered the survey twice (said so in the comments)",
    });
    await prisma.exclusion.create({
      data: { responseId: response.id, reason: "attention", detail: "failed inst_attention" },
    });
    expect(
      await prisma.exclusion.findUnique({
        where: { responseId_reason: { responseId: response.id, reason: "manual" } },
      }),
    ).toMatchObject({
      detail: "Answered the survey twice (said so in the comments)",
      researcherId: researcher.id,
    });
    expect((await exclusionSummary(surveyId)).map((row) => [row.reason, row.count])).toEqual([
      ["attention", 1],
      ["manual", 1],
    ]);
    const excludedList = (await load("?show=excluded")).quality;
    expect(excludedList?.table.rows.map((row) => row.id)).toEqual([response.id]);

    expect((await act({ intent: "restore-response", responseId: response.id })).status).toBe(200);
    expect(await prisma.exclusion.count()).toBe(0);
    const events = await prisma.auditEvent.findMany({
      where: { researcherId: researcher.id },
      orderBy: { at: "asc" },
      select: { action: true, detail: true },
    });
    expect(events).toEqual([
      {
        action: "exclusion",
        detail: `manual: response ${response.id}: Answered the survey twice (said so in the comments)`,
      },
      {
        action: "exclusion-removed",
        detail: `response ${response.id} restored (was excluded for: attention, manual)`,
      },
    ]);
  });

  it("refuses a response of another survey with 404", async () => {
    const other = await createSurvey({ slug: "other" });
    const stranger = await prisma.response.create({
      data: {
        instrumentVersionId: other.versionId,
        answers: "{}",
        completion: "complete",
        submittedOn: "2026-10-01",
      },
    });
    expect(
      (await act({ intent: "exclude-response", responseId: stranger.id, reason: "not mine" })).status,
    ).toBe(404);
    expect((await act({ intent: "restore-response", responseId: stranger.id })).status).toBe(404);
    expect(await prisma.exclusion.count()).toBe(0);
  });
});
