import type { ActionFunctionArgs } from "@remix-run/node";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { action as fileAction, loader as fileLoader } from "~/routes/lab.surveys.$slug.export.$file";
import { action as updateAction, loader as exportLoader } from "~/routes/lab.surveys.$slug.export";
import { generateSyntheticPanel } from "../../analysis/synthetic-panel";
import { loadDefaultInstrument } from "../../instrument/default-instrument";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { KAnonymityReport as KAnonymityReportView } from "~/components/lab/k-anonymity-report";
import type { KAnonymityReport } from "../../instrument/exports";
import { formPost, ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";
import { createSurvey } from "../support/survey-fixtures";

const SLUG = "export-demo";
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
let firstId = "";
let textedId = "";

type TabData = {
  data: {
    choice: {
      version: number;
      excluded: string;
      synthetic: string;
      coarsen: string;
      k: number;
      suppression: number;
    };
    exported: number;
    report: KAnonymityReport | null;
    checked: string | null;
    files: { file: string; title: string }[];
  } | null;
  errors: Record<string, string>;
  notice?: string;
};

const tab = async (query = "", cookie = researcher.cookie) => {
  const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/export${query}`, {
    headers: { Cookie: cookie },
  });
  return outcomeOf(() => exportLoader({ request, params: { slug: SLUG }, context: {} }));
};

/** The form as the tab renders it for `query`: the resolved options and the check they were shown with. */
const formOf = async (query = ""): Promise<Record<string, string>> => {
  const { data } = (await tab(query)).data as TabData;
  if (!data?.checked) throw new Error(`the tab shows no downloads for ${query}`);
  const { choice } = data;
  return { ...Object.fromEntries(Object.entries(choice).map(([key, value]) => [key, String(value)])), checked: data.checked };
};

type Action = (args: ActionFunctionArgs) => Promise<unknown>;

const post = async (
  run: Action,
  path: string,
  fields: Record<string, string>,
  params: Record<string, string>,
  options: { csrfToken?: string; headers?: Record<string, string>; cookie?: string } = {},
): Promise<Response> => {
  const request = formPost(path, fields, {
    cookie: options.cookie ?? researcher.cookie,
    csrfToken: options.csrfToken ?? researcher.csrfToken,
    headers: options.headers,
  });
  let result: unknown;
  try {
    result = await run({ request, params, context: {} });
  } catch (error) {
    result = error;
  }
  if (result instanceof Response) return result;
  throw result;
};

/** A press of one file's button on the tab shown for `query` (optionally with fields changed since). */
const download = async (
  file: string,
  query = "",
  changed: Record<string, string> = {},
  options: { csrfToken?: string; headers?: Record<string, string>; cookie?: string } = {},
) =>
  post(fileAction, `/lab/surveys/${SLUG}/export/${file}`, { ...(await formOf(query)), ...changed }, { slug: SLUG, file }, options);

const exportEvents = () => prisma.auditEvent.count({ where: { action: "export" } });

beforeAll(async () => {
  researcher = await signedInResearcher();
  const definition = loadDefaultInstrument();
  const { versionId } = await createSurvey({ slug: SLUG, definition });
  const panel = generateSyntheticPanel(definition, { n: 120, seed: 5 });
  await prisma.response.createMany({
    data: panel.map((response, index) => ({
      instrumentVersionId: versionId,
      answers: JSON.stringify({
        ...response.answers,
        ...(index === 0 ? { protect_text: "Call me on 555-0100" } : {}),
      }),
      durationSeconds: response.durationSeconds,
      submittedOn: response.submittedOn,
      completion: "complete",
      isSynthetic: index >= 20, // 20 real, 100 synthetic
    })),
  });
  const first = await prisma.response.findFirstOrThrow({
    where: { instrumentVersionId: versionId, isSynthetic: false },
    orderBy: [{ submittedOn: "asc" }, { id: "asc" }],
  });
  firstId = first.id;
  await prisma.exclusion.create({ data: { responseId: firstId, reason: "manual" } });
  const withText = await prisma.response.findMany({
    where: { instrumentVersionId: versionId },
    select: { id: true, answers: true },
  });
  const texted = withText.find(
    (row) => (JSON.parse(row.answers) as Record<string, unknown>).protect_text === "Call me on 555-0100",
  );
  textedId = texted!.id;
  await prisma.hiddenFreeText.create({ data: { responseId: textedId, itemId: "protect_text" } });
});

describe("the export tab", () => {
  it("sends visitors without a session to sign in", async () => {
    const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/export`);
    const outcome = await outcomeOf(() => exportLoader({ request, params: { slug: SLUG }, context: {} }));
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toMatch(/^\/sign-in\?/);
  });

  it("shows the k-anonymity report and warns when the smallest class is below k", async () => {
    const { data } = (await tab()).data as TabData;
    // Real responses exist, so synthetic ones are left out unless asked for; excluded ones stay in.
    expect(data?.choice).toMatchObject({
      version: 1,
      excluded: "include",
      synthetic: "leave-out",
      coarsen: "no",
      k: 5,
      suppression: 2,
    });
    expect(data?.exported).toBe(20);
    expect(data?.report?.quasiIdentifiers.map((qi) => qi.id)).toContain("years_support");
    expect(data?.report?.meetsK).toBe(false);
    expect(data?.report?.before.smallestClass).toBeLessThan(5);
    expect(data?.files.map((file) => file.file)).toEqual([
      "responses.csv",
      "codebook.md",
      "codebook.json",
      "datapackage.json",
      "load.R",
      "load.sps",
      "load.do",
    ]);
    // The download buttons post the form with the options of the check on screen.
    expect(data?.checked).toBe("version=1&excluded=include&synthetic=leave-out&coarsen=no&k=5&suppression=2");
  });

  it("plans a coarsening that meets k when asked, and honours the include/leave-out choices", async () => {
    const { data } = (await tab("?synthetic=include&excluded=leave-out&coarsen=yes&k=3")).data as TabData;
    expect(data?.exported).toBe(119);
    expect(data?.report?.coarseningMeetsK).toBe(true);
    expect(data?.report?.after?.smallestClass).toBeGreaterThanOrEqual(3);
  });

  it("suppresses at most the chosen share locally, and the report says how many", async () => {
    const query = "?synthetic=include&coarsen=yes&k=5&suppression=5";
    const { data } = (await tab(query)).data as TabData;
    const report = data!.report!;
    expect(data?.choice.suppression).toBe(5);
    expect(report.maxSuppressed).toBe(Math.floor(0.05 * 120));
    expect(report.suppressed).toBeGreaterThan(0);
    expect(report.suppressed).toBeLessThanOrEqual(report.maxSuppressed);
    expect(report.after?.smallestClass).toBeGreaterThanOrEqual(5);
    const html = renderToStaticMarkup(createElement(KAnonymityReportView, { report, coarsen: true }));
    expect(html).toContain("Responses locally suppressed");
    expect(html).toContain(`${report.suppressed} responses stayed in classes smaller than 5`);
    expect(html).toContain(`the limit of 5% allows ${report.maxSuppressed} responses`);

    const rows = Papa.parse<Record<string, string>>(await (await download("responses.csv", query)).text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const qiColumns = Object.keys(rows[0] ?? {}).filter((name) =>
      report.quasiIdentifiers.some((qi) => name === qi.id || name === `${qi.id}_band`),
    );
    const suppressed = new Set(report.coarsening?.suppressedResponses);
    const blanked = rows.filter((row) => suppressed.has(row.response_id ?? ""));
    expect(blanked).toHaveLength(report.suppressed);
    for (const row of blanked) for (const column of qiColumns) expect(row[column], column).toBe("");
    for (const row of blanked) expect(row.consent).toBe("1");
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { researcherId: researcher.id, action: "export" },
      orderBy: { at: "desc" },
    });
    expect(JSON.parse(event.detail ?? "{}")).toMatchObject({
      suppression: 5,
      locallySuppressed: report.suppressed,
    });
  });

  it("answers 400 to options that are not valid, with a message for the field", async () => {
    for (const query of ["?k=1", "?coarsen=maybe", "?excluded=x", "?version=zero"])
      expect((await tab(query)).status, query).toBe(400);
    expect((await tab("?version=9")).status).toBe(404);
    for (const query of ["?suppression=12", "?suppression=-1", "?suppression=lots"]) {
      const outcome = await tab(`${query}&coarsen=yes`);
      expect(outcome.status, query).toBe(400);
      const { data, errors } = outcome.data as TabData;
      expect(errors).toEqual({ suppression: "The suppression limit must be a number from 0 to 10 (%)." });
      // The form comes back with the valid choices kept, but no report and no downloads.
      expect(data?.choice).toMatchObject({ coarsen: "yes", suppression: 2 });
      expect(data?.report).toBeNull();
      expect(data?.files).toEqual([]);
    }
    expect((await tab("?suppression=0&coarsen=yes")).status).toBe(200);
    expect((await tab("?suppression=10")).status).toBe(200);
    // A download posted with an option that is not valid goes back to the tab, which says why.
    const before = await exportEvents();
    const refused = await download("responses.csv", "", { suppression: "10.5", coarsen: "yes" });
    expect(refused.status).toBe(303);
    const back = refused.headers.get("Location") ?? "";
    expect(back).toMatch(new RegExp(`^/lab/surveys/${SLUG}/export\\?`));
    const shown = await tab(back.slice(back.indexOf("?")));
    expect(shown.status).toBe(400);
    expect((shown.data as TabData).errors.suppression).toBe("The suppression limit must be a number from 0 to 10 (%).");
    expect(await exportEvents()).toBe(before);
  });
});

describe("export downloads", () => {
  it("sends the CSV as an attachment, never cached, and records the download in the audit trail", async () => {
    const response = await download("responses.csv", "?synthetic=leave-out");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="${SLUG}-v1-responses.csv"`,
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const rows = Papa.parse<Record<string, string>>(await response.text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(20);
    expect(rows.find((row) => row.response_id === firstId)).toMatchObject({
      excluded: "manual",
      is_synthetic: "0",
    });
    expect(rows.find((row) => row.response_id === textedId)?.protect_text).toBe("[hidden by researcher]");
    expect(rows.filter((row) => row.excluded !== "")).toHaveLength(1);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { researcherId: researcher.id, action: "export" },
      orderBy: { at: "desc" },
    });
    expect(event.target).toBe(`survey:${SLUG}`);
    expect(JSON.parse(event.detail ?? "{}")).toMatchObject({
      file: "responses.csv",
      version: 1,
      excluded: "include",
      synthetic: "leave-out",
      coarsen: "no",
      k: 5,
      rows: 20,
    });
  });

  it("serves every file with its content type, the coarsened files naming k", async () => {
    const types: Record<string, string> = {
      "codebook.md": "text/markdown; charset=utf-8",
      "codebook.json": "application/json; charset=utf-8",
      "datapackage.json": "application/json; charset=utf-8",
      "load.R": "text/plain; charset=utf-8",
      "load.sps": "text/plain; charset=utf-8",
      "load.do": "text/plain; charset=utf-8",
    };
    for (const [file, type] of Object.entries(types)) {
      const response = await download(file, "?coarsen=yes&k=3&synthetic=include");
      expect(response.status, file).toBe(200);
      expect(response.headers.get("Content-Type"), file).toBe(type);
      const name = file === "datapackage.json" ? file : `${SLUG}-v1-k3-${file}`;
      expect(response.headers.get("Content-Disposition"), file).toBe(`attachment; filename="${name}"`);
      const body = await response.text();
      if (file === "load.R") expect(body).toContain(`"${SLUG}-v1-k3-responses.csv"`);
      if (file === "datapackage.json") expect(body).toContain("Coarsened for 3-anonymity");
    }
    const events = await prisma.auditEvent.count({
      where: { researcherId: researcher.id, action: "export" },
    });
    expect(events).toBeGreaterThanOrEqual(7);
  });

  it("refuses unknown files, forged or cross-site posts and visitors without a session, recording nothing", async () => {
    const before = await exportEvents();
    expect((await download("secrets.txt")).status).toBe(404);
    expect((await download("responses.csv", "", {}, { csrfToken: "guessed" })).status).toBe(403);
    expect((await download("responses.csv", "", {}, { csrfToken: "" })).status).toBe(403);
    const crossSite = { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" };
    expect((await download("responses.csv", "", {}, { headers: crossSite })).status).toBe(403);
    const anonymous = await download("responses.csv", "", {}, { cookie: "__ns_session=forged" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/sign-in\?/);
    expect(await exportEvents()).toBe(before);
  });
});

describe("a GET never exports (docs/decisions/014-exports-by-post.md)", () => {
  it("answers the old download links, or an image pointing at one, 405 and writes nothing", async () => {
    const before = await exportEvents();
    const asLinkOrImage: Record<string, string>[] = [{}, { "Sec-Fetch-Dest": "image", "Sec-Fetch-Site": "same-origin" }];
    for (const headers of asLinkOrImage) {
      const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/export/responses.csv?version=1&synthetic=include`, {
        headers: { Cookie: researcher.cookie, ...headers },
      });
      const outcome = await outcomeOf(() => fileLoader({ request, params: { slug: SLUG, file: "responses.csv" }, context: {} }));
      expect(outcome.status).toBe(405);
      expect(outcome.headers.get("Allow")).toBe("POST");
    }
    expect(await exportEvents()).toBe(before);
  });

  it("sends visitors without a session to sign in", async () => {
    const request = new Request(`${ORIGIN}/lab/surveys/${SLUG}/export/responses.csv`);
    const outcome = await outcomeOf(() => fileLoader({ request, params: { slug: SLUG, file: "responses.csv" }, context: {} }));
    expect(outcome.status).toBe(302);
  });
});

describe("the form and the privacy check stay together", () => {
  it("'Update the privacy check' posts the options and lands on the tab for them, recording nothing", async () => {
    const before = await exportEvents();
    const fields = { version: "1", excluded: "include", synthetic: "include", coarsen: "yes", k: "4", suppression: "" };
    const outcome = await post(updateAction, `/lab/surveys/${SLUG}/export`, fields, { slug: SLUG });
    expect(outcome.status).toBe(303);
    expect(outcome.headers.get("Location")).toBe(
      `/lab/surveys/${SLUG}/export?version=1&excluded=include&synthetic=include&coarsen=yes&k=4`,
    );
    expect(await exportEvents()).toBe(before);
  });

  it("a download whose options changed since the check was shown exports nothing and shows the check for them", async () => {
    // The usability bug of the GET links: "Include synthetic" chosen, "Update" not pressed.
    const before = await exportEvents();
    const stale = await download("responses.csv", "?synthetic=leave-out", { synthetic: "include" });
    expect(stale.status).toBe(303);
    const location = stale.headers.get("Location") ?? "";
    expect(location).toBe(
      `/lab/surveys/${SLUG}/export?version=1&excluded=include&synthetic=include&coarsen=no&k=5&suppression=2&notice=options-changed`,
    );
    expect(await exportEvents()).toBe(before);

    const shown = (await tab(location.slice(location.indexOf("?")))).data as TabData;
    expect(shown.notice).toBe("options-changed");
    expect(shown.data?.exported).toBe(120);
    const fresh = await download("responses.csv", location.slice(location.indexOf("?")));
    expect(fresh.status).toBe(200);
    const rows = Papa.parse(await fresh.text(), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(120);
    expect(await exportEvents()).toBe(before + 1);
  });
});
