// The linked data of two waves (issue 14; decision 061): a POST from the linkage page downloads one row per linked
// person per wave under link ids drawn afresh for every download, with no response id, code or hash, and an
// `export` entry in both waves' audit trails; what the page refuses is refused here too, recording nothing.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

await vi.hoisted(async () => {
  // Before the app reads its environment: this file's study keys go to a folder of their own.
  const fs = await import("node:fs");
  const os = await import("node:os");
  process.env.STUDY_KEYS_DIR = fs.mkdtempSync(`${os.tmpdir()}/linked-export-keys-`);
});

import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { createResearcher } from "~/auth/researchers.server";
import { prisma } from "~/db.server";
import * as linkagePage from "~/routes/lab.studies.$slug_.linkage";
import { action, loader } from "~/routes/lab.studies.$slug_.linkage.$file";
import { linkStudyWaves } from "~/studies/study-linkage.server";
import { writeSyntheticStudy } from "~/studies/synthetic-study.server";
import { keyedElementHash, readStudyKey } from "~/studies/study-keys.server";
import { monthsApart } from "~/studies/wave-months";
import { latestInstrumentVersion } from "~/surveys/instrument-versions.server";
import { generateSyntheticWaves } from "../../analysis";
import type { CodeElementId } from "../../instrument/identification-code-elements";
import { STUDY_CODE } from "../fixtures/wave-instrument";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createStudyWithWaves } from "../support/study-fixtures";

const N = 160;
const SEED = 11;
const WAVES = [
  { survey: "lx-wave-1", plannedOn: "2026-01-15" },
  { survey: "lx-wave-2", plannedOn: "2026-07-15" },
];
const FORM = { earlier: "lx-wave-1", later: "lx-wave-2", threshold: "" };
let ownerId: string;
let studyId: string;

beforeAll(async () => {
  ownerId = (await createResearcher({ email: "lx-owner@example.org", password: "correct horse battery" })).id;
  studyId = (await createStudyWithWaves(ownerId, "lx-panel", WAVES)).id;
  await createStudyWithWaves(ownerId, "lx-other", [{ survey: "lx-other-1", plannedOn: "2026-02-01" }]);
  expect(await writeSyntheticStudy({ studySlug: "lx-panel", n: N, seed: SEED })).toEqual([N, N]);
}, 120_000);

type Researcher = Awaited<ReturnType<typeof signedInResearcher>>;

const download = (who: Researcher, file: string, fields: Record<string, string> = FORM) =>
  outcomeOf(() =>
    action({
      request: formPost(`/lab/studies/lx-panel/linkage/${file}`, fields, {
        cookie: who.cookie,
        csrfToken: who.csrfToken,
      }),
      params: { slug: "lx-panel", file },
      context: {},
    }),
  );

async function downloadText(who: Researcher, file = "linked.csv") {
  const response = await action({
    request: formPost(`/lab/studies/lx-panel/linkage/${file}`, FORM, {
      cookie: who.cookie,
      csrfToken: who.csrfToken,
    }),
    params: { slug: "lx-panel", file },
    context: {},
  });
  expect(response.status).toBe(200);
  return { response, text: await response.text() };
}

const lines = (text: string) => text.split("\r\n").filter(Boolean);
const waveSurveyIds = async () =>
  (
    await prisma.survey.findMany({
      where: { slug: { in: WAVES.map((w) => w.survey) } },
      select: { id: true },
    })
  ).map((survey) => survey.id);
const owner = async () =>
  signedInResearcher(`lx-${Math.random().toString(36).slice(2)}@example.org`, {
    role: "owner",
    surveyIds: await waveSurveyIds(),
  });

async function linksMade(): Promise<number> {
  const linked = await linkStudyWaves(studyId, { earlier: FORM.earlier, later: FORM.later }, () =>
    Promise.resolve(true),
  );
  if (!linked.ok) throw new Error(linked.message);
  return linked.report.linksMade;
}

describe("the linked data of two waves", () => {
  it("hold two rows per link, sorted by a link id that is new in every download", async () => {
    const who = await owner();
    const links = await linksMade();
    expect(links).toBeGreaterThan(0.6 * N);
    const first = await downloadText(who);
    expect(first.response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="lx-panel-w1-w2-linked.csv"',
    );
    expect(first.response.headers.get("Cache-Control")).toBe("no-store");
    const [header, ...rows] = lines(first.text);
    expect(header).toBe(
      "link_id,wave,months_since_wave_1,years_support,support_tertile_baseline,cbi_personal,cbi_work,cbi_client,protective_restructuring,institutional_support",
    );
    expect(rows).toHaveLength(2 * links);
    const cells = rows.map((row) => row.split(","));
    const ids = cells.map((row) => row[0]!);
    expect(ids).toEqual([...ids].sort());
    for (let index = 0; index < cells.length; index += 2) {
      expect(ids[index]).toMatch(/^L[0-9a-f]{12}$/);
      expect(ids[index + 1]).toBe(ids[index]);
      expect(cells[index]!.slice(1, 3)).toEqual(["1", "0.0"]);
      expect(cells[index + 1]!.slice(1, 3)).toEqual(["2", "5.9"]);
      expect(cells[index + 1]![4]).toBe(cells[index]![4]);
    }
    expect(new Set(ids).size).toBe(links);
    expect(new Set(cells.map((row) => row[4])).size).toBeGreaterThanOrEqual(3);

    const second = await downloadText(who);
    const secondIds = new Set(
      lines(second.text)
        .slice(1)
        .map((row) => row.split(",")[0]),
    );
    expect([...secondIds].filter((id) => ids.includes(id!))).toEqual([]);
    // The same linkage, only the ids (and so the order) differ.
    const withoutIds = (text: string) =>
      lines(text)
        .slice(1)
        .map((row) => row.slice(row.indexOf(",")))
        .sort();
    expect(withoutIds(second.text)).toEqual(withoutIds(first.text));
  });

  it("hold no response id of either wave and no stored code hash, and record an export in both waves' trails", async () => {
    const who = await owner();
    const before = await prisma.auditEvent.count({ where: { action: "export" } });
    const { text } = await downloadText(who);
    const responses = await prisma.response.findMany({ select: { id: true, identificationCode: true } });
    expect(responses.length).toBe(2 * N);
    for (const response of responses) {
      expect(text.includes(response.id), `response id ${response.id}`).toBe(false);
      const hashes = Object.values(JSON.parse(response.identificationCode?.elements ?? "{}") as object);
      for (const hash of hashes) if (typeof hash === "string") expect(text.includes(hash)).toBe(false);
    }
    const events = await prisma.auditEvent.findMany({
      where: { action: "export", researcherId: who.id },
      select: { target: true, surveyId: true, detail: true },
    });
    expect(await prisma.auditEvent.count({ where: { action: "export" } })).toBe(before + 2);
    expect(events.map((event) => event.target).sort()).toEqual(["survey:lx-wave-1", "survey:lx-wave-2"]);
    expect(events.map((event) => event.surveyId).sort()).toEqual((await waveSurveyIds()).sort());
    expect(JSON.parse(events[0]!.detail!)).toMatchObject({
      file: "linked.csv",
      study: "lx-panel",
      waves: [1, 2],
      links: (lines(text).length - 1) / 2,
      rows: lines(text).length - 1,
    });
  });

  it("hold no raw code element and no unkeyed hash of one (the ninth export of the privacy check)", async () => {
    // The generator's raw codes, as writeSyntheticStudy made them: same definition, seed and dates.
    const wave1 = await prisma.survey.findUniqueOrThrow({
      where: { slug: "lx-wave-1" },
      select: { id: true },
    });
    const definition = (await latestInstrumentVersion(wave1.id))!.definition;
    const generated = generateSyntheticWaves(definition, {
      n: N,
      seed: SEED,
      start: WAVES[0]!.plannedOn,
      monthsAfterFirst: [monthsApart(WAVES[0]!.plannedOn, WAVES[1]!.plannedOn)],
      codeElements: [...STUDY_CODE] as CodeElementId[],
    });
    const codes = generated.waves.flat().map((response) => response.identificationCode);
    // The regenerated codes are the stored ones: their keyed hashes are what the database holds.
    const key = readStudyKey(studyId);
    if (!key.ok) throw new Error(key.message);
    const stored = await prisma.responseIdentificationCode.findMany({ select: { elements: true } });
    const storedHashes = new Set(stored.flatMap((row) => Object.values(JSON.parse(row.elements) as object)));
    const rehashed = codes.flatMap((code) =>
      Object.entries(code).flatMap(([id, value]) =>
        value === null ? [] : [keyedElementHash(key.key, id, value)],
      ),
    );
    expect(rehashed.filter((hash) => storedHashes.has(hash)).length).toBeGreaterThan(0.95 * rehashed.length);
    const answers = new Set(codes.flatMap((code) => Object.values(code).filter((value) => value !== null)));
    const joined = codes.map((code) => STUDY_CODE.map((id) => code[id] ?? "").join(""));
    const digests = [...answers, ...joined.slice(0, 40)].flatMap((text) =>
      (["sha256", "sha1", "md5"] as const).map((algorithm) =>
        createHash(algorithm).update(text).digest("hex"),
      ),
    );
    const who = await owner();
    for (const file of ["linked.csv", "linked-codebook.md"]) {
      const { text } = await downloadText(who, file);
      for (const digest of digests) expect(text.includes(digest), `${file} holds ${digest}`).toBe(false);
      for (const code of joined.filter((code) => code.length >= 4 && /[A-Z]/.test(code)))
        expect(text.includes(code), `${file} holds the code ${code}`).toBe(false);
    }
  });

  it("come with a codebook that says how far to trust the links and that the ids join with nothing", async () => {
    const who = await owner();
    const links = await linksMade();
    const { response, text } = await downloadText(who, "linked-codebook.md");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="lx-panel-w1-w2-linked-codebook.md"',
    );
    expect(text).toContain(`Links made: **${links}**, so the file has ${2 * links} rows.`);
    expect(text).toMatch(/Threshold used: -?\d+\.\d bits/);
    expect(text).toMatch(/Estimated false-match rate: \*\*\d+\.\d %\*\*/);
    expect(text).toContain("means something only within this file");
    expect(text).toContain("It cannot be merged with the survey exports");
    expect(text).toContain("| `cbi_client` | CBI client-related burnout (customers): scale score");
  });
});

describe("linked data that are not downloaded", () => {
  it("refuse another study's wave, a researcher who may not analyse, an analyst without response-level access, and a GET, recording nothing", async () => {
    const surveyIds = await waveSurveyIds();
    const who = await owner();
    const viewer = await signedInResearcher(undefined, { role: "viewer", surveyIds });
    const analyst = await signedInResearcher(undefined, { role: "analyst", surveyIds });
    const before = await prisma.auditEvent.count();
    const other = await download(who, "linked.csv", { ...FORM, later: "lx-other-1" });
    expect(other.status).toBe(400);
    expect((await download(viewer, "linked.csv")).status).toBe(403);
    expect((await download(viewer, "linked-codebook.md")).status).toBe(403);
    expect((await download(analyst, "linked.csv")).status).toBe(403);
    expect((await download(who, "linked.csv", { ...FORM, threshold: "lots" })).status).toBe(400);
    expect((await download(who, "nothing.csv")).status).toBe(404);
    const get = await outcomeOf(() =>
      loader({
        request: new Request(`${ORIGIN}/lab/studies/lx-panel/linkage/linked.csv`, {
          headers: { Cookie: who.cookie },
        }),
        params: { slug: "lx-panel", file: "linked.csv" },
        context: {},
      }),
    );
    expect(get.status).toBe(405);
    expect(get.headers.get("Allow")).toBe("POST");
    expect(await prisma.auditEvent.count()).toBe(before);
    // The analyst may still have the codebook (counts only): that is analysis.
    expect((await download(analyst, "linked-codebook.md")).status).toBe(200);
  });

  it("answer the page's messages as plain text", async () => {
    const who = await owner();
    const response = await action({
      request: formPost(
        "/lab/studies/lx-panel/linkage/linked.csv",
        { ...FORM, later: "lx-other-1" },
        { cookie: who.cookie, csrfToken: who.csrfToken },
      ),
      params: { slug: "lx-panel", file: "linked.csv" },
      context: {},
    }).catch((thrown: unknown) => thrown as Response);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(
      '"lx-other-1" is not a wave of this study. Only waves of one study can be linked: each study hashes its codes with its own key.',
    );
  });
});

describe("the linkage page's download button", () => {
  it("posts the waves and threshold of the report on screen, with the CSRF token, as a plain form (no JavaScript needed)", async () => {
    const who = await owner();
    const html = await renderLinkagePage(who, "?earlier=lx-wave-1&later=lx-wave-2&threshold=12.5");
    const form = html.match(
      /<form[^>]*action="\/lab\/studies\/lx-panel\/linkage\/linked\.csv"[^>]*>[\s\S]*?<\/form>/,
    )?.[0];
    expect(form).toBeDefined();
    expect(form).toMatch(/method="post"/);
    expect(form).toContain(">Download the linked data (CSV)</button>");
    expect(form).toContain('formaction="/lab/studies/lx-panel/linkage/linked-codebook.md"');
    const fields = Object.fromEntries(
      [...form!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    expect(fields).toMatchObject({ earlier: "lx-wave-1", later: "lx-wave-2", threshold: "12.5" });
    expect(Object.values(fields)).toContain(who.csrfToken);
    // What the browser sends is what downloads the file.
    const response = await action({
      request: formPost("/lab/studies/lx-panel/linkage/linked.csv", fields, { cookie: who.cookie }),
      params: { slug: "lx-panel", file: "linked.csv" },
      context: {},
    });
    expect(response.status).toBe(200);
    expect((await response.text()).startsWith("link_id,wave,")).toBe(true);
  });
});

/** The linkage page rendered on the server as a browser without JavaScript receives it, under the lab's layout data. */
async function renderLinkagePage(who: Researcher, query: string): Promise<string> {
  const routes = [
    {
      id: "routes/lab",
      path: "/lab",
      loader: () => ({ csrfToken: who.csrfToken }),
      Component: Outlet,
      children: [
        {
          path: "studies/:slug/linkage",
          loader: (args: LoaderFunctionArgs) => linkagePage.loader({ ...args, context: {} }),
          Component: linkagePage.default,
        },
      ],
    },
  ];
  const handler = createStaticHandler(routes as never);
  const context = await handler.query(
    new Request(`${ORIGIN}/lab/studies/lx-panel/linkage${query}`, { headers: { Cookie: who.cookie } }),
  );
  if (context instanceof Response) throw new Error(`the page answered ${context.status}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router, context, hydrate: false }));
}
