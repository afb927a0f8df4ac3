// The response browser: the list's filters and pages, and one response's page — 404 outside its survey,
// an audit entry for every view and none for the list or a refused read (docs/decisions/033).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import type { ResponseDetail } from "~/lab/response-detail.server";
import type { ResponseList } from "~/lab/response-list.server";
import { RESPONSE_LIST_PAGE_SIZE } from "~/limits";
import { loader as qualityLoader } from "~/routes/lab.surveys.$slug.quality";
import {
  action as responseAction,
  loader as responseLoader,
} from "~/routes/lab.surveys.$slug.responses_.$responseId";
import { loader as listLoader } from "~/routes/lab.surveys.$slug.responses_.browse";
import type { DataQualityScreen } from "~/lab/data-quality.server";
import { addInstrumentVersion } from "~/surveys/instrument-versions.server";
import { generateSyntheticPanel } from "../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "erosion";
const PANEL_SIZE = 160;
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
let otherSurveysResponse: string;
let versionTwoResponse: string;

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/lab/surveys/${SLUG}${path}`, { headers: { Cookie: researcher.cookie, ...headers } });

async function list(query = "") {
  const outcome = await outcomeOf(() =>
    listLoader({ request: get(`/responses/browse${query}`), params: { slug: SLUG }, context: {} }),
  );
  return { status: outcome.status, list: (outcome.data as { list: ResponseList } | null)?.list };
}

async function view(responseId: string, headers: Record<string, string> = {}) {
  const outcome = await outcomeOf(() =>
    responseLoader({
      request: get(`/responses/${responseId}`, headers),
      params: { slug: SLUG, responseId },
      context: {},
    }),
  );
  return {
    status: outcome.status,
    response: (outcome.data as { response: ResponseDetail } | null)?.response,
  };
}

/** The synthetic panel of the survey under test (not the other survey's response). */
const ofPanel = { isSynthetic: true };
const views = () =>
  prisma.auditEvent.findMany({ where: { action: "response-viewed", researcherId: researcher.id } });

beforeAll(async () => {
  const definition = loadDefaultInstrument();
  const created = await createSurvey({ slug: SLUG, definition });
  const panel = generateSyntheticPanel(definition, { n: PANEL_SIZE, seed: 7 });
  await prisma.response.createMany({
    data: panel.map((response) => ({
      instrumentVersionId: created.versionId,
      answers: JSON.stringify(response.answers),
      presentation: JSON.stringify(response.presentation),
      durationSeconds: response.durationSeconds,
      submittedOn: response.submittedOn,
      completion: "complete",
      isSynthetic: true,
    })),
  });
  // A second version (a changed title) with one response of its own.
  const second = await addInstrumentVersion(created.surveyId, {
    ...definition,
    title: { en: "Changed title" },
  });
  versionTwoResponse = (
    await prisma.response.create({
      data: {
        instrumentVersionId: second.id,
        answers: JSON.stringify(panel[0]!.answers),
        completion: "complete",
        submittedOn: "2026-12-01",
      },
    })
  ).id;
  const other = await createSurvey({ slug: "other", definition });
  otherSurveysResponse = (
    await prisma.response.create({
      data: {
        instrumentVersionId: other.versionId,
        answers: "{}",
        completion: "complete",
        submittedOn: "2026-12-01",
      },
    })
  ).id;
});

beforeEach(async () => {
  await prisma.exclusion.deleteMany();
  researcher = await signedInResearcher();
});

describe("the list of responses", () => {
  it("lists every response a page at a time, newest day first, and records no view", async () => {
    const first = await list();
    expect(first.status).toBe(200);
    expect(first.list).toMatchObject({ total: PANEL_SIZE + 1, all: PANEL_SIZE + 1, versions: [1, 2] });
    expect(first.list?.rows).toHaveLength(RESPONSE_LIST_PAGE_SIZE);
    expect(first.list?.pageCount).toBe(Math.ceil((PANEL_SIZE + 1) / RESPONSE_LIST_PAGE_SIZE));
    const days = first.list!.rows.map((row) => row.submittedOn);
    expect(days).toEqual([...days].sort().reverse());
    const last = await list(`?page=${first.list!.pageCount}`);
    expect(last.list?.rows).toHaveLength((PANEL_SIZE + 1) % RESPONSE_LIST_PAGE_SIZE);
    const ids = new Set([...first.list!.rows, ...last.list!.rows].map((row) => row.id));
    expect(ids.size).toBe(first.list!.rows.length + last.list!.rows.length);
    expect(await prisma.auditEvent.count({ where: { researcherId: researcher.id } })).toBe(0);
  });

  it("filters by quality flag as the data-quality screen counts them", async () => {
    const quality = await outcomeOf(() =>
      qualityLoader({ request: get("/quality"), params: { slug: SLUG }, context: {} }),
    );
    const indices = (quality.data as { quality: DataQualityScreen }).quality.indices;
    const flagged = (id: string) => indices.find((index) => index.id === id)!.flagged;
    expect(flagged("speeder")).toBeGreaterThan(0);
    const speeders = await list("?flag=speeder");
    expect(speeders.list?.total).toBe(flagged("speeder"));
    expect(speeders.list?.rows.every((row) => row.flagged.includes("speeder"))).toBe(true);
    // Two ticked indices: responses flagged by either.
    const either = await list("?flag=speeder&flag=longstring");
    expect(either.list?.total).toBeGreaterThanOrEqual(Math.max(flagged("speeder"), flagged("longstring")));
    expect(
      either.list?.rows.every((row) => row.flagged.some((id) => id === "speeder" || id === "longstring")),
    ).toBe(true);
  });

  it("filters by exclusion state, version and day", async () => {
    const some = (
      await prisma.response.findMany({
        where: ofPanel,
        take: 2,
        orderBy: { id: "asc" },
        select: { id: true },
      })
    ).map((row) => row.id);
    await prisma.exclusion.createMany({ data: some.map((responseId) => ({ responseId, reason: "manual" })) });
    const excluded = await list("?exclusion=excluded");
    expect(excluded.list?.rows.map((row) => row.id).sort()).toEqual([...some].sort());
    expect(excluded.list?.rows.every((row) => row.excludedFor.includes("manual"))).toBe(true);
    expect((await list("?exclusion=included")).list?.total).toBe(PANEL_SIZE + 1 - 2);

    expect((await list("?version=2")).list?.rows.map((row) => row.id)).toEqual([versionTwoResponse]);
    expect((await list("?version=1")).list?.total).toBe(PANEL_SIZE);

    const day = (await prisma.response.findFirst({
      where: { isSynthetic: true },
      select: { submittedOn: true },
    }))!.submittedOn;
    const onDay = await prisma.response.count({
      where: { submittedOn: day, instrumentVersion: { survey: { slug: SLUG } } },
    });
    const byDay = await list(`?day=${day}&version=&exclusion=`);
    expect(byDay.list?.total).toBe(onDay);
    expect(byDay.list?.rows.every((row) => row.submittedOn === day)).toBe(true);
  });

  it("refuses an unknown filter", async () => {
    for (const query of ["?flag=vibes", "?exclusion=maybe", "?version=0", "?day=yesterday", "?page=0"]) {
      expect((await list(query)).status, query).toBe(400);
    }
  });
});

describe("one response", () => {
  it("shows its answers page by page and records each view", async () => {
    const { id } = (await prisma.response.findFirst({ where: { isSynthetic: true }, select: { id: true } }))!;
    const first = await view(id);
    expect(first.status).toBe(200);
    const definition = loadDefaultInstrument();
    expect(first.response?.sections.map((section) => section.pageId)).toEqual(
      definition.pages.map((page) => page.id),
    );
    expect(first.response?.scores.map((score) => score.id)).toEqual([
      ...definition.scales.map((scale) => scale.id),
      ...definition.derived.map((variable) => variable.id),
    ]);
    expect(first.response).toMatchObject({ id, version: 1, completion: "complete", isSynthetic: true });
    await view(id);
    const recorded = await views();
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toMatchObject({
      researcherId: researcher.id,
      target: `survey:${SLUG}`,
      detail: `response ${id}`,
    });
  });

  it("answers 404 for another survey's response or an unknown id, and records nothing", async () => {
    expect((await view(otherSurveysResponse)).status).toBe(404);
    expect((await view("not-a-response")).status).toBe(404);
    expect((await view("x".repeat(65))).status).toBe(404);
    expect(await views()).toHaveLength(0);
  });

  it("refuses a read nobody looks at (prefetch, image, another site's script) without recording it", async () => {
    const { id } = (await prisma.response.findFirst({ where: ofPanel, select: { id: true } }))!;
    const refused: Record<string, string>[] = [
      { "Sec-Purpose": "prefetch" },
      { "Sec-Fetch-Dest": "image", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Site": "same-origin" },
      { "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Dest": "iframe", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "same-origin" },
    ];
    for (const headers of refused)
      expect((await view(id, headers)).status, JSON.stringify(headers)).toBe(403);
    expect(await views()).toHaveLength(0);
    const opened = [
      { "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-origin" },
    ];
    for (const headers of opened) expect((await view(id, headers)).status, JSON.stringify(headers)).toBe(200);
    expect(await views()).toHaveLength(2);
  });

  it("excludes and restores it with the data-quality screen's decision", async () => {
    const { id } = (await prisma.response.findFirst({ where: ofPanel, select: { id: true } }))!;
    const post = (fields: Record<string, string>, responseId = id) =>
      outcomeOf(() =>
        responseAction({
          request: formPost(`/lab/surveys/${SLUG}/responses/${responseId}`, fields, {
            cookie: researcher.cookie,
            csrfToken: researcher.csrfToken,
          }),
          params: { slug: SLUG, responseId },
          context: {},
        }),
      );
    expect((await post({ intent: "exclude-response", responseId: id, reason: "  " })).status).toBe(400);
    expect((await post({ intent: "exclude-index", index: "speeder" })).status).toBe(400);
    expect((await post({ intent: "exclude-response", responseId: id, reason: "Joke answers" })).status).toBe(
      200,
    );
    expect((await view(id)).response?.exclusions).toEqual([{ reason: "manual", detail: "Joke answers" }]);
    // The form's id must be the page's response.
    expect((await post({ intent: "restore-response", responseId: id }, versionTwoResponse)).status).toBe(404);
    expect((await post({ intent: "restore-response", responseId: id })).status).toBe(200);
    expect(await prisma.exclusion.count({ where: { responseId: id } })).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: { action: { in: ["exclusion", "exclusion-removed"] }, researcherId: researcher.id },
      }),
    ).toBe(2);
  });
});
