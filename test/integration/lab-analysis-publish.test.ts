import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { action, loader } from "~/routes/lab.surveys.$slug.analysis";
import { loader as resultsLoader } from "~/routes/lab.surveys.$slug.analysis.results[.json]";
import { loader as findingLoader } from "~/routes/findings.$slug.v.$version._index";
import { loader as dataFileLoader } from "~/routes/findings.$slug.v.$version.data.$file";
import type { PageSnapshot } from "~/findings/finding-page-data";
import { writeSyntheticPanel } from "~/surveys/synthetic-panel.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

type View = {
  view: {
    ready: true;
    fingerprint: string;
    charts: { id: string; svg: string }[];
    tables: { id: string }[];
    summary: string[];
  };
};
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const params = { slug: "panel" };

beforeAll(async () => {
  await createSurvey({ slug: "panel", definition: loadDefaultInstrument() });
  await writeSyntheticPanel({ surveySlug: "panel", n: 400, seed: 7 });
  researcher = await signedInResearcher();
});

/** Protective restructuring and capacity drop as outcomes, HTMT and the support items: tables, methods, CSV. */
async function expectItemLevelResults(snapshot: PageSnapshot) {
  const table = (id: string) => snapshot.tables.find((t) => t.id === id)!;
  const methods = snapshot.methods.tests.join(" ");
  for (const id of ["moderation", "trajectories", "support-comparisons"])
    expect(table(id).rows.map((row) => row.outcome)).toEqual(
      expect.arrayContaining(["Protective restructuring", expect.stringMatching(/^Drop in capacity/)]),
    );
  expect(table("discriminant-validity").rows[0]).toMatchObject({
    scales: "Protective restructuring and CBI client-related burnout (customers)",
    verdict: expect.stringMatching(/^(distinct|not distinct|inconclusive)$/),
  });
  // HTMT's bootstrap follows the precision rule too (decision 028): B from 2,000, doubled as its digits need.
  expect(table("discriminant-validity").rows[0]!.B).toEqual(expect.any(Number));
  expect(Number(table("discriminant-validity").rows[0]!.B) % 2000).toBe(0);
  expect(methods).toMatch(
    /HTMT.*B = [\d,]+ resamples, seed 1, chosen so that the Monte Carlo error of each bound is below 0\.005/,
  );
  expect(table("discriminant-validity").note).toMatch(/upper bound .* below 0\.85/);
  expect(table("support-items").rows).toHaveLength(35);
  expect(methods).toContain("heterotrait–monotrait ratio (HTMT; Henseler, Ringle & Sarstedt 2015)");
  expect(methods).toContain("Benjamini–Hochberg across all item × outcome tests");
  expect(snapshot.methods.correction).toMatch(
    /^Holm adjustment .*\. Benjamini–Hochberg instead for: Each institutional-support item/,
  );
  const csv = await dataFileLoader({
    request: new Request(`${ORIGIN}/x`),
    params: { slug: "panel-finding", version: "1", file: "support-items.csv" },
    context: {},
  });
  const lines = (await csv.text()).split("\r\n").filter((line) => line && !line.startsWith("#"));
  expect(lines[0]).toBe("item,outcome,n,r,ci_low,ci_high,p_bh,note");
  expect(lines).toHaveLength(36);
}

const get = (path: string) => new Request(`${ORIGIN}${path}`, { headers: { Cookie: researcher.cookie } });
async function view(): Promise<View["view"]> {
  const outcome = await outcomeOf(() =>
    loader({ request: get("/lab/surveys/panel/analysis"), params, context: {} }),
  );
  return (outcome.data as View).view;
}
function publishRequest(fields: Record<string, string>, chartIds: string[]) {
  const request = formPost("/lab/surveys/panel/analysis", fields, {
    cookie: researcher.cookie,
    csrfToken: researcher.csrfToken,
  });
  return request.formData().then((body) => {
    for (const id of chartIds) body.append("chartIds", id);
    return new Request(request.url, {
      method: "POST",
      body: new URLSearchParams(body as unknown as Record<string, string>),
      headers: request.headers,
    });
  });
}

// Each view and publish runs the analysis on 400 responses: slow on shared cores.
describe("analysis and publishing from the lab", { timeout: 120_000 }, () => {
  it("shows the analysis with rendered charts, tables and a results.json download", async () => {
    const shown = await view();
    expect(shown.ready).toBe(true);
    expect(shown.charts.map((chart) => chart.id)).toEqual([
      "harm-trajectory",
      "erosion-by-support",
      "capacity-then-now",
      "leavers-versus-stayers",
      "leavers-versus-stayers-left-drain-now",
    ]);
    expect(shown.charts.every((chart) => chart.svg.startsWith("<svg"))).toBe(true);
    expect(shown.tables.map((table) => table.id)).toEqual([
      "reliability",
      "discriminant-validity",
      "trajectories",
      "support-comparisons",
      "support-items",
      "moderation",
      "leavers",
    ]);
    const json = await resultsLoader({
      request: get("/lab/surveys/panel/analysis/results.json"),
      params,
      context: {},
    });
    expect(JSON.parse(await json.text())).toMatchObject({ schemaVersion: 3, sample: { received: 400 } });
  });

  it("publishes what was reviewed, labelled synthetic, and refuses when the data changed in between", async () => {
    const shown = await view();
    const fields = {
      target: "new-finding",
      findingSlug: "panel-finding",
      title: "Support and erosion",
      summary: "A summary that is long enough to publish.",
      narrative: "Look: {{chart:harm-trajectory}}",
      minCellSize: "10",
      fingerprint: shown.fingerprint,
    };
    const published = await outcomeOf(async () =>
      action({
        request: await publishRequest(fields, ["harm-trajectory", "erosion-by-support"]),
        params,
        context: {},
      }),
    );
    expect(published.status).toBe(302);
    expect(published.headers.get("Location")).toBe("/findings/panel-finding/v/1");
    const finding = await findingLoader({
      request: new Request(`${ORIGIN}/findings/panel-finding/v/1`),
      params: { slug: "panel-finding", version: "1" },
      context: {},
    });
    expect(finding.isSynthetic).toBe(true);
    expect(finding.snapshot.charts.map((chart) => chart.id)).toEqual([
      "harm-trajectory",
      "erosion-by-support",
    ]);
    // each chart has its phone layout (decision 036); the page gets only its size, the SVG is a file
    for (const chart of finding.snapshot.charts)
      expect(chart.narrow).toEqual({ width: 320, height: expect.any(Number) });
    expect(finding.snapshot.methods.counts).toMatchObject({ completed: 400, analysed: 400 });
    expect(finding.snapshot.headline.effect?.label).toMatch(/Hedges/);
    // the methods state the B each bootstrap interval used and the Monte Carlo error of its bounds (decision 028)
    const bootstrapMethods = finding.snapshot.methods.tests.find((line) => line.includes("bootstrap BCa"));
    expect(bootstrapMethods).toMatch(/so that the Monte Carlo error of every bound is below 0\.05/);
    expect(bootstrapMethods).toMatch(/B = [\d,]+ resamples|[\d,]+ resamples for CBI/);
    expect(bootstrapMethods).toMatch(/largest MCSE 0\.0[0-4]\d/);
    await expectItemLevelResults(finding.snapshot);
    expect(await prisma.auditEvent.findFirst({ where: { action: "publish" } })).toMatchObject({
      target: "finding:panel-finding",
    });

    const response = await prisma.response.findFirstOrThrow({
      where: { instrumentVersion: { survey: { slug: "panel" } } },
    });
    await prisma.exclusion.create({ data: { responseId: response.id, reason: "manual", detail: "test" } });
    const stale = await outcomeOf(async () =>
      action({ request: await publishRequest(fields, ["harm-trajectory"]), params, context: {} }),
    );
    expect(stale.status).toBe(409);
    expect(await prisma.findingVersion.count({ where: { finding: { slug: "panel-finding" } } })).toBe(1);
  });

  it("names each missing publishing field", async () => {
    const shown = await view();
    const outcome = await outcomeOf(async () =>
      action({
        request: await publishRequest(
          {
            findingSlug: "Bad Slug",
            title: "",
            summary: "short",
            minCellSize: "10",
            fingerprint: shown.fingerprint,
          },
          [],
        ),
        params,
        context: {},
      }),
    );
    expect(outcome.status).toBe(400);
    expect(
      Object.keys((outcome.data as { fieldErrors: Record<string, unknown> }).fieldErrors).sort(),
    ).toEqual(["chartIds", "findingSlug", "summary", "target", "title"]);
  });
});
