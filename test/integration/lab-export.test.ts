import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { prisma } from "~/db.server";
import { KAnonymityReport as KAnonymityReportView } from "~/components/lab/k-anonymity-report";
import { loader as exportLoader } from "~/routes/lab.surveys.$slug.export";
import { createExportSurvey, exportEvents, exportTabClient, SLUG, type TabData } from "../support/export-tab";
import { ORIGIN, outcomeOf, signedInResearcher } from "../support/lab-requests";

let client: ReturnType<typeof exportTabClient>;
let researcher: Awaited<ReturnType<typeof signedInResearcher>>;
let firstId = "";
let textedId = "";
const tab = (query?: string) => client.tab(query);
const download = (...args: Parameters<typeof client.download>) => client.download(...args);

beforeAll(async () => {
  researcher = await signedInResearcher();
  client = exportTabClient(researcher);
  ({ firstId, textedId } = await createExportSurvey());
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
      version: "1",
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
      "responses-labelled.csv",
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
      const { data, query: failure } = outcome.data as TabData;
      expect(failure?.fieldErrors).toEqual({
        suppression: "The suppression limit must be a number from 0 to 10 (%).",
      });
      expect(failure?.values).toMatchObject({
        suppression: query.slice("?suppression=".length),
        coarsen: "yes",
      });
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
    expect((shown.data as TabData).query?.fieldErrors.suppression).toBe(
      "The suppression limit must be a number from 0 to 10 (%).",
    );
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
      version: "1",
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
});
