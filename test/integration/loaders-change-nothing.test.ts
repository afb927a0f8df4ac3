// "A GET never changes state" (docs/decisions/014-exports-by-post.md): walks every route module in
// app/routes — read at test time, so routes added later are covered — calls its loader as a signed-in
// researcher who is also a respondent with a draft, and as an anonymous visitor, and requires every
// table of the database to be exactly as before: no audit entry, no draft, no code, no update. The one
// allowance is an audited read (docs/decisions/033), listed below with the single audit action it may add:
// every other table stays the same, and the audit table gains exactly that entry for the signed-in researcher.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type AuditAction, recordAuditEvent } from "~/audit/audit.server";
import { databaseIsSqlite, prisma } from "~/db.server";
import { publishFinding } from "~/findings/finding-versions.server";
import { sampleSnapshot } from "../support/finding-fixtures";
import { ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { RespondentBrowser } from "../support/respondent-browser";
import { createSurvey } from "../support/survey-fixtures";

const ROUTES_DIRECTORY = path.resolve("app/routes");
const SLUG = "mini";
const RESPONSE_ID = "6f1c2b1e-0d1a-4c55-9a43-2f6f1d1b7c10";

/** GETs that record who read what (decision 033): the route and the one audit action each view adds. */
const AUDITED_READS: Record<string, AuditAction> = {
  "lab.surveys.$slug.responses_.$responseId.tsx": "response-viewed",
};
type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => unknown;

/** A file name each route with a $file segment serves for the fixtures below. */
const FILES: [RegExp, string][] = [
  [/^codebook\./, "codebook.md"],
  [/\.charts\./, "erosion-by-support.png"],
  [/\.data\./, "datapackage.json"],
  [/\.export\./, "responses.csv"],
];

/** A URL and params that reach the route's real work for the survey, finding and draft below. */
function urlAndParams(entry: string): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const segments = entry
    .replace(/\.(tsx?|jsx?)$/, "")
    .split(".")
    .filter((segment) => segment !== "_index")
    .map((segment) => segment.replace(/^\[(.*)\]$/, "$1").replace(/_$/, ""))
    .map((segment) => {
      if (segment === "$") return (params["*"] = "x");
      if (segment === "$slug") return (params.slug = SLUG);
      if (segment === "$version") return (params.version = "1");
      if (segment === "$pageId") return (params.pageId = "work");
      if (segment === "$responseId") return (params.responseId = RESPONSE_ID);
      if (segment === "$file")
        return (params.file = FILES.find(([pattern]) => pattern.test(entry))?.[1] ?? "x");
      return segment;
    });
  return { url: `${ORIGIN}/${segments.join("/")}`, params };
}

const routes = readdirSync(ROUTES_DIRECTORY)
  .filter((entry) => /\.(tsx?|jsx?)$/.test(entry))
  .map((entry) => ({ entry, file: path.join(ROUTES_DIRECTORY, entry), ...urlAndParams(entry) }));

/** The name of every table of the database, from its own catalogue (Prisma's migration table included). */
async function tableNames(): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(
    databaseIsSqlite()
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      : "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()",
  );
  return rows.map((row) => row.name).sort();
}

/**
 * Every row of every table but those left out, hashed: any insert, update or delete changes it. The rows
 * are sorted here, as text, so the fingerprint does not depend on the order either database returns them in.
 */
async function databaseFingerprint(leftOut: readonly string[] = []): Promise<string> {
  const tables = await tableNames();
  expect(tables).toEqual(expect.arrayContaining(["Response", "AuditEvent", "ResumeDraft"]));
  const hash = createHash("sha256");
  for (const name of tables.filter((table) => !leftOut.includes(table))) {
    const rows = await prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    const texts = rows
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)),
      )
      .sort();
    hash.update(name).update(JSON.stringify(texts));
  }
  return hash.digest("hex");
}

let signedInCookies = "";
let researcherId = "";

beforeAll(async () => {
  const { surveyId, versionId } = await createSurvey({ slug: SLUG });
  // A completed response, so the lab's pages about responses (and the audited read of one) do their work.
  await prisma.response.create({
    data: {
      id: RESPONSE_ID,
      instrumentVersionId: versionId,
      answers: JSON.stringify({ consent: 1, adult: 1, years: 4, role: 1, b1: 1, b2: 2, attn: 3 }),
      completion: "complete",
      submittedOn: "2026-11-30",
      durationSeconds: 90,
    },
  });
  await publishFinding(null, {
    slug: SLUG,
    surveyId,
    title: "A finding",
    summary: "Summary.",
    narrative: "Text.",
    isSynthetic: false,
    snapshot: await sampleSnapshot(),
  });
  const respondent = new RespondentBrowser();
  const started = await respondent.post(`/s/${SLUG}/p/start`, [
    ["consent", "1"],
    ["adult", "1"],
  ]);
  expect(started.status).toBe(302);
  const researcher = await signedInResearcher();
  researcherId = researcher.id;
  // An administrator (signedInResearcher made them owner of the survey): every page does its real work
  // (a refusal is counted, a write).
  await prisma.researcher.update({ where: { id: researcherId }, data: { isAdmin: true } });
  signedInCookies = [
    researcher.cookie,
    ...[...respondent.cookies].map(([name, value]) => `${name}=${value}`),
  ].join("; ");
});

describe("loaders change nothing", () => {
  it("finds the routes, and the fingerprint notices a write (the check can fail)", async () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.map((route) => route.entry)).toEqual(
      expect.arrayContaining([
        "lab.surveys.$slug.export.$file.tsx",
        "s.$slug.p.$pageId.tsx",
        "findings.$slug._index.tsx",
      ]),
    );
    const before = await databaseFingerprint();
    await recordAuditEvent({ researcherId: null, action: "sign-in-failed", target: "lab" });
    expect(await databaseFingerprint()).not.toBe(before);
  });

  it("reaches the real work of the pages that matter (the params fit the fixtures)", async () => {
    const statuses: Record<string, number> = {};
    for (const entry of [
      "s.$slug.p.$pageId.tsx",
      "s.$slug.saved.tsx",
      "lab.surveys.$slug.export.tsx",
      "lab.surveys.$slug.export.$file.tsx",
      "findings.$slug.v.$version.charts.$file.ts",
      "lab.surveys.$slug.responses_.$responseId.tsx",
    ]) {
      const route = routes.find((candidate) => candidate.entry === entry)!;
      const { loader } = (await import(route.file)) as { loader: Loader };
      const request = new Request(route.url, { headers: { Cookie: signedInCookies } });
      statuses[entry] = (
        await outcomeOf(() => loader({ request, params: route.params, context: {} }))
      ).status;
    }
    expect(statuses).toEqual({
      "s.$slug.p.$pageId.tsx": 200,
      "s.$slug.saved.tsx": 200,
      "lab.surveys.$slug.export.tsx": 200,
      "lab.surveys.$slug.export.$file.tsx": 405,
      "findings.$slug.v.$version.charts.$file.ts": 200,
      "lab.surveys.$slug.responses_.$responseId.tsx": 200,
    });
  });

  it.each(routes)("$entry: a GET leaves every table as it was", async ({ entry, file, url, params }) => {
    const { loader } = (await import(file)) as { loader?: Loader };
    if (!loader) return;
    const audited = AUDITED_READS[entry];
    const leftOut = audited ? ["AuditEvent"] : [];
    const before = await databaseFingerprint(leftOut);
    const auditBefore = await prisma.auditEvent.count();
    for (const cookie of [signedInCookies, ""]) {
      const request = new Request(url, { headers: cookie ? { Cookie: cookie } : {} });
      // A loader that fails part-way must not have written either, so errors only end the call.
      await outcomeOf(() => loader({ request, params, context: {} })).catch(() => null);
    }
    expect(await databaseFingerprint(leftOut)).toBe(before);
    const added = await prisma.auditEvent.findMany({
      skip: auditBefore,
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, researcherId: true },
    });
    // The audited read adds its one entry for the signed-in view, and nothing for the anonymous one.
    expect(added).toEqual(audited ? [{ action: audited, researcherId }] : []);
  });
});
