// Issue 15 item 10: publishing chosen explicitly (new version of a finding, or a new finding), prefilled
// from the last version, previewed without storing anything; withdraw (410 tombstone) and supersede.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import type { FindingTombstoneData } from "~/findings/finding-page-data";
import type { PublishStart } from "~/findings/publish-start";
import { action as findingsAction, loader as labFindingsLoader } from "~/routes/lab.findings";
import { action, loader } from "~/routes/lab.surveys.$slug.analysis";
import { loader as findingLoader } from "~/routes/findings.$slug._index";
import { loader as versionLoader } from "~/routes/findings.$slug.v.$version._index";
import { loader as dataFileLoader } from "~/routes/findings.$slug.v.$version.data.$file";
import { loader as indexLoader } from "~/routes/findings._index";
import { publishFinding } from "~/findings/finding-versions.server";
import { writeSyntheticPanel } from "~/surveys/synthetic-panel.server";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { sampleSnapshot } from "../support/finding-fixtures";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
const params = { slug: "pub" };
const CHARTS = ["harm-trajectory", "erosion-by-support"];

beforeAll(async () => {
  await createSurvey({ slug: "pub", definition: loadDefaultInstrument() });
  await writeSyntheticPanel({ surveySlug: "pub", n: 200, seed: 3 });
  const other = await createSurvey({ slug: "other-survey" });
  await publishFinding(null, {
    slug: "owned-elsewhere",
    surveyId: other.surveyId,
    title: "Another survey's finding",
    summary: "Belongs to the other survey.",
    narrative: "",
    isSynthetic: false,
    snapshot: await sampleSnapshot(),
  });
  researcher = await signedInResearcher();
});

type Page = { start: PublishStart; view: { fingerprint: string }; findings: { slug: string }[] };
async function analysisPage(query = ""): Promise<Page> {
  const request = new Request(`${ORIGIN}/lab/surveys/pub/analysis${query}`, {
    headers: { Cookie: researcher.cookie },
  });
  return (await outcomeOf(() => loader({ request, params, context: {} }))).data as Page;
}

async function post(path: string, fields: Record<string, string>, run: typeof action, many: string[] = []) {
  const request = formPost(path, fields, { cookie: researcher.cookie, csrfToken: researcher.csrfToken });
  const body = new URLSearchParams(await request.text());
  for (const id of many) body.append("chartIds", id);
  const sent = new Request(request.url, { method: "POST", body, headers: request.headers });
  return outcomeOf(() => run({ request: sent, params, context: {} }));
}
const publish = async (fields: Record<string, string>, charts = CHARTS) =>
  post("/lab/surveys/pub/analysis", fields, action, charts);
const statusAction = (fields: Record<string, string>) =>
  post("/lab/findings", fields, findingsAction as typeof action);

/** Every finding row, version and audit event: a refused or previewed submission must leave them alone. */
async function stored() {
  const [findings, versions, audit] = await Promise.all([
    prisma.finding.findMany({ orderBy: { slug: "asc" } }),
    prisma.findingVersion.count(),
    prisma.auditEvent.count(),
  ]);
  return JSON.stringify({ findings, versions, audit });
}

const article = {
  title: "Support and erosion",
  summary: "A summary long enough to publish here.",
  narrative: "First narrative. {{chart:harm-trajectory}}",
};

// Each publish or preview repeats the analysis (a few seconds on 2 shared cores).
describe("publishing from the analysis tab", { timeout: 120_000 }, () => {
  it("starts a survey's first finding, then defaults to a new version of it, prefilled", async () => {
    const first = await analysisPage();
    expect(first.start).toMatchObject({ target: "new-finding", findingSlug: "pub", nextVersion: 1 });
    const done = await publish({
      target: "new-finding",
      findingSlug: "pub-finding",
      ...article,
      minCellSize: "10",
      fingerprint: first.view.fingerprint,
    });
    expect(done.headers.get("Location")).toBe("/findings/pub-finding/v/1");

    const next = await analysisPage();
    expect(next.findings.map((finding) => finding.slug)).toEqual(["pub-finding"]);
    expect(next.start).toEqual({
      target: "new-version",
      findingSlug: "pub-finding",
      nextVersion: 2,
      ...article,
      chartIds: CHARTS,
    });
    // "new" starts a new finding: once the survey has one, a second needs an address chosen on purpose
    expect((await analysisPage("?finding=new")).start).toMatchObject({
      target: "new-finding",
      findingSlug: "",
    });
  });

  it("previews the next version with the public page's data and stores nothing", async () => {
    const { view } = await analysisPage();
    const before = await stored();
    const previewed = await publish({
      target: "new-version",
      intent: "preview",
      findingSlug: "pub-finding",
      ...article,
      title: "Support and erosion, revised",
      minCellSize: "10",
      fingerprint: view.fingerprint,
    });
    expect(previewed.status).toBe(200);
    const { preview } = (previewed.data as { result: { preview: Record<string, unknown> } }).result;
    expect(preview).toMatchObject({
      slug: "pub-finding",
      version: 2,
      title: "Support and erosion, revised",
      permalink: `${ORIGIN}/findings/pub-finding/v/2`,
      versions: [{ version: 2 }, { version: 1 }],
    });
    expect((preview.snapshot as { charts: { id: string }[] }).charts.map((chart) => chart.id)).toEqual(
      CHARTS,
    );
    expect(preview.narrativeParts).toEqual(
      expect.arrayContaining([{ kind: "chart", id: "harm-trajectory" }]),
    );
    expect(await stored()).toBe(before);

    const published = await publish({
      target: "new-version",
      findingSlug: "pub-finding",
      ...article,
      minCellSize: "10",
      fingerprint: view.fingerprint,
    });
    expect(published.headers.get("Location")).toBe("/findings/pub-finding/v/2");
  });

  it("refuses a taken address, another survey's finding and a missing choice, storing nothing", async () => {
    const { view } = await analysisPage();
    const base = { ...article, minCellSize: "10", fingerprint: view.fingerprint };
    const before = await stored();
    const errorsOf = (outcome: { data: unknown }) =>
      (outcome.data as { fieldErrors: Record<string, string> }).fieldErrors;

    const taken = await publish({ ...base, target: "new-finding", findingSlug: "pub-finding" });
    expect(taken.status).toBe(400);
    expect(errorsOf(taken).findingSlug).toMatch(/already has a finding at “pub-finding”.*New version of/);
    for (const target of ["new-finding", "new-version"]) {
      const foreign = await publish({ ...base, target, findingSlug: "owned-elsewhere" });
      expect(foreign.status).toBe(400);
      expect(errorsOf(foreign).findingSlug).toMatch(/belongs to a finding of another survey/);
    }
    const unchosen = await publish({ ...base, findingSlug: "pub-finding", title: "x" }, []);
    expect(unchosen.status).toBe(400);
    expect(Object.keys(errorsOf(unchosen)).sort()).toEqual(["chartIds", "target", "title"]);
    expect(await stored()).toBe(before);
  });
});

// Issue 12's takeover: researcher B, owner of their own survey only, tried to publish over survey A's
// finding address and to withdraw it. Both are refused; readers still see A's finding as it was.
describe("a researcher of another survey cannot take over a finding", { timeout: 120_000 }, () => {
  it("refuses publishing to its address and withdrawing it, changing nothing", async () => {
    const pub = await prisma.survey.findUniqueOrThrow({ where: { slug: "pub" } });
    const outsider = await signedInResearcher(undefined, { role: "owner", surveyIds: [pub.id] });
    const as = (fields: Record<string, string>, run: typeof action, path: string, charts: string[] = []) => {
      const request = formPost(path, fields, outsider);
      return request.text().then((text) => {
        const body = new URLSearchParams(text);
        for (const id of charts) body.append("chartIds", id);
        const sent = new Request(request.url, { method: "POST", body, headers: request.headers });
        return outcomeOf(() => run({ request: sent, params, context: {} }));
      });
    };
    const view = (
      await outcomeOf(() =>
        loader({
          request: new Request(`${ORIGIN}/lab/surveys/pub/analysis`, {
            headers: { Cookie: outsider.cookie },
          }),
          params,
          context: {},
        }),
      )
    ).data as Page;
    const before = await stored();
    const takeover = await as(
      {
        ...article,
        minCellSize: "10",
        fingerprint: view.view.fingerprint,
        target: "new-version",
        findingSlug: "owned-elsewhere",
      },
      action,
      "/lab/surveys/pub/analysis",
      CHARTS,
    );
    expect(takeover.status).toBe(400);
    expect((takeover.data as { fieldErrors: Record<string, string> }).fieldErrors.findingSlug).toMatch(
      /belongs to a finding of another survey/,
    );
    const withdrawal = await as(
      { intent: "withdraw", slug: "owned-elsewhere", reason: "Taking it over." },
      findingsAction as typeof action,
      "/lab/findings",
    );
    expect([403, 404]).toContain(withdrawal.status);
    expect(await stored()).toBe(before);
    const readers = await findingLoader({
      request: new Request(`${ORIGIN}/findings/owned-elsewhere`),
      params: { slug: "owned-elsewhere" },
      context: {},
    });
    expect(readers).toMatchObject({ title: "Another survey's finding", version: 1 });
  });
});

describe("withdrawing and superseding", { timeout: 120_000 }, () => {
  it("refuses a withdrawal without a reason, then withdraws: a 410 tombstone that keeps the citation", async () => {
    const before = await stored();
    const refused = await statusAction({ intent: "withdraw", slug: "pub-finding", reason: " " });
    expect(refused.status).toBe(400);
    expect((refused.data as { fieldErrors: Record<string, string> }).fieldErrors.reason).toMatch(/Say why/);
    expect(await stored()).toBe(before);

    const reason = "A coding error in the exclusion rule; see the corrected finding.";
    expect((await statusAction({ intent: "withdraw", slug: "pub-finding", reason })).status).toBe(200);
    let thrown: unknown;
    try {
      await versionLoader({
        request: new Request(`${ORIGIN}/findings/pub-finding/v/1`),
        params: { slug: "pub-finding", version: "1" },
        context: {},
      });
    } catch (error) {
      thrown = error;
    }
    const { data: tombstone, init } = thrown as { data: FindingTombstoneData; init: ResponseInit };
    expect(init.status).toBe(410);
    const today = new Date().toISOString().slice(0, 10);
    expect(tombstone).toMatchObject({
      kind: "withdrawn",
      title: "Support and erosion",
      version: 1,
      permalink: `${ORIGIN}/findings/pub-finding/v/1`,
      withdrawn: { on: today, reason },
      versions: [{ version: 2 }, { version: 1 }],
    });
    expect(tombstone.apa).toContain(`${ORIGIN}/findings/pub-finding/v/1`);
    const download = await outcomeOf(() =>
      dataFileLoader({
        request: new Request(`${ORIGIN}/x`),
        params: { slug: "pub-finding", version: "1", file: "datapackage.json" },
        context: {},
      }),
    );
    expect(download.status).toBe(410);
    const index = await indexLoader();
    expect(index.findings.find((finding) => finding.slug === "pub-finding")?.withdrawnOn).toBe(today);
    expect(await prisma.auditEvent.findFirst({ where: { action: "withdraw-finding" } })).toMatchObject({
      target: "finding:pub-finding",
      detail: reason,
    });
    // final: the database itself refuses to undo it (its trigger; the adapter reports the abort as a
    // constraint violation), and the analysis tab no longer offers it for a new version
    await expect(
      prisma.finding.update({ where: { slug: "pub-finding" }, data: { withdrawnAt: null } }),
    ).rejects.toThrow();
    expect((await prisma.finding.findUniqueOrThrow({ where: { slug: "pub-finding" } })).withdrawnReason).toBe(
      reason,
    );
    expect((await analysisPage()).start.target).toBe("new-finding");
  });

  it("marks a finding superseded: its page links to the newer one; cycles are refused", async () => {
    const { view } = await analysisPage();
    const base = { ...article, target: "new-finding", minCellSize: "10", fingerprint: view.fingerprint };
    await publish({ ...base, findingSlug: "pub-old" });
    await publish({ ...base, title: "Support and erosion (2027)", findingSlug: "pub-new" });
    expect((await statusAction({ intent: "supersede", slug: "pub-old", bySlug: "pub-new" })).status).toBe(
      200,
    );
    const old = await findingLoader({
      request: new Request(`${ORIGIN}/findings/pub-old`),
      params: { slug: "pub-old" },
      context: {},
    });
    expect(old.status.supersededBy).toEqual({ slug: "pub-new", title: "Support and erosion (2027)" });
    const cycle = await statusAction({ intent: "supersede", slug: "pub-new", bySlug: "pub-old" });
    expect(cycle.status).toBe(400);
    expect((cycle.data as { fieldErrors: Record<string, string> }).fieldErrors.bySlug).toMatch(
      /itself superseded/,
    );
    expect(await prisma.auditEvent.findFirst({ where: { action: "supersede-finding" } })).toMatchObject({
      target: "finding:pub-old",
      detail: "superseded by finding:pub-new",
    });
    const lab = await outcomeOf(() =>
      labFindingsLoader({
        request: new Request(`${ORIGIN}/lab/findings`, { headers: { Cookie: researcher.cookie } }),
        params: {},
        context: {},
      }),
    );
    const rows = (lab.data as { findings: { slug: string; status: unknown }[] }).findings;
    expect(rows.find((row) => row.slug === "pub-old")?.status).toMatchObject({
      supersededBy: { slug: "pub-new" },
    });
  });
});
