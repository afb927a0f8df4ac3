import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { getFindingVersion, publishFinding } from "~/findings/finding-versions.server";
import { loader as latestLoader } from "~/routes/findings.$slug._index";
import { loader as chartFileLoader } from "~/routes/findings.$slug.v.$version.charts.$file";
import { loader as dataFileLoader } from "~/routes/findings.$slug.v.$version.data.$file";
import { loader as versionLoader } from "~/routes/findings.$slug.v.$version._index";
import { sampleSnapshot } from "../support/finding-fixtures";
import { createSurvey } from "../support/survey-fixtures";

const request = (path: string) => new Request(`http://localhost${path}`);
let surveyId: string;

beforeEach(async () => {
  await prisma.findingVersion.deleteMany();
  await prisma.finding.deleteMany();
  await prisma.response.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  ({ surveyId } = await createSurvey());
});

async function publish(title: string, narrative = "Intro.\n\n{{chart:erosion-by-support}}\n\nAfter.") {
  return publishFinding(null, {
    slug: "support-protects",
    surveyId,
    title,
    summary: "Summary.",
    narrative,
    isSynthetic: false,
    snapshot: await sampleSnapshot(),
  });
}

async function rejection(run: () => unknown): Promise<Response> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("publishing findings", () => {
  it("numbers versions, keeps each at its permalink, and serves the latest at the plain address", async () => {
    expect(await publish("First take")).toEqual({ slug: "support-protects", version: 1 });
    expect(await publish("Second take")).toEqual({ slug: "support-protects", version: 2 });
    const latest = await latestLoader({
      request: request("/findings/support-protects"),
      params: { slug: "support-protects" },
      context: {},
    });
    expect(latest).toMatchObject({
      version: 2,
      title: "Second take",
      permalink: "http://localhost/findings/support-protects/v/2",
    });
    // The page links its charts as files (decision 042): no SVG or spec travels in the page, only each
    // image's size, so the HTML stays small and nothing moves while the images load.
    for (const chart of latest.snapshot.charts) {
      expect(chart).not.toHaveProperty("svg");
      expect(chart).not.toHaveProperty("spec");
      expect(chart).toMatchObject({ width: 600, height: expect.any(Number) });
      expect(chart.height).toBeGreaterThan(100);
    }
    const first = await versionLoader({
      request: request("/findings/support-protects/v/1"),
      params: { slug: "support-protects", version: "1" },
      context: {},
    });
    expect(first).toMatchObject({ version: 1, latestVersion: 2, title: "First take" });
    expect(first.apa).toContain("(Version 1)");
    expect(first.bibtex).toContain("version = {1}");
    expect(first.narrativeParts.map((part) => part.kind)).toEqual(["html", "chart", "html"]);
  });

  it("gives two simultaneous publications of the same finding consecutive versions", async () => {
    const published = await Promise.all([publish("One"), publish("Two"), publish("Three")]);
    expect(published.map((entry) => entry.version).sort()).toEqual([1, 2, 3]);
  });

  it("refuses to change a published version in the database", async () => {
    await publish("Frozen");
    const row = await prisma.findingVersion.findFirstOrThrow();
    await expect(
      prisma.findingVersion.update({ where: { id: row.id }, data: { title: "Edited" } }),
    ).rejects.toThrow();
    expect((await getFindingVersion("support-protects", 1))?.title).toBe("Frozen");
  });

  it("sanitises the narrative: no raw HTML or script reaches the page", async () => {
    await publish(
      "Safe",
      'Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> [link](javascript:alert(3))',
    );
    const page = await latestLoader({
      request: request("/findings/support-protects"),
      params: { slug: "support-protects" },
      context: {},
    });
    const html = page.narrativeParts.map((part) => (part.kind === "html" ? part.html : "")).join("");
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain("Hello");
  });

  it("shows only the version's own chart files as images, so reading a finding requests nothing else", async () => {
    await publish(
      "Images",
      "![export](/lab/surveys/mini/export/responses.csv?version=1) ![chart](/findings/support-protects/v/1/charts/erosion-by-support.png) ![px](https://tracker.example/p.png)",
    );
    const page = await latestLoader({
      request: request("/findings/support-protects"),
      params: { slug: "support-protects" },
      context: {},
    });
    const html = page.narrativeParts.map((part) => (part.kind === "html" ? part.html : "")).join("");
    expect([...html.matchAll(/<img [^>]*src="([^"]*)"/g)].map((match) => match[1])).toEqual([
      "/findings/support-protects/v/1/charts/erosion-by-support.png",
    ]);
    expect(html).toContain("export");
  });

  it("answers unknown findings and versions with 404", async () => {
    await publish("Only");
    for (const params of [
      { slug: "nope" },
      { slug: "support-protects", version: "9" },
      { slug: "support-protects", version: "x" },
      { slug: "<script>" },
    ]) {
      expect(
        (await rejection(() => versionLoader({ request: request("/findings/x"), params, context: {} })))
          .status,
      ).toBe(404);
    }
  });
});

describe("downloads of a published version", () => {
  it("serves the chart as PNG, SVG and vega-lite JSON, and its data as CSV and a data package", async () => {
    await publish("Downloads");
    const params = (file: string) => ({ slug: "support-protects", version: "1", file });
    const png = await chartFileLoader({
      request: request("/x"),
      params: params("erosion-by-support.png"),
      context: {},
    });
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.headers.get("Cache-Control")).toContain("immutable");
    const svg = await chartFileLoader({
      request: request("/x"),
      params: params("erosion-by-support.svg"),
      context: {},
    });
    const downloadSvg = await svg.text();
    expect(downloadSvg).toMatch(/^<svg[^>]*role="img"/);
    const spec = await chartFileLoader({
      request: request("/x"),
      params: params("erosion-by-support.vl.json"),
      context: {},
    });
    expect(JSON.parse(await spec.text())).toHaveProperty("$schema");
    // the phone layout (decision 036): the page's image, unstamped, and its spec with the provenance
    const narrowSvg = await chartFileLoader({
      request: request("/x"),
      params: params("erosion-by-support.narrow.svg"),
      context: {},
    });
    expect(narrowSvg.headers.get("Content-Type")).toContain("image/svg+xml");
    expect(await narrowSvg.text()).toMatch(/^<svg[^>]*width="320"[^>]*role="img"/);
    const narrowSpec = JSON.parse(
      await (
        await chartFileLoader({
          request: request("/x"),
          params: params("erosion-by-support.narrow.vl.json"),
          context: {},
        })
      ).text(),
    );
    // the page's own files (decision 042): the snapshot's SVG and spec as stored, without the download stamp,
    // so the static image and the interactive redraw are drawn from the same spec
    expect(narrowSpec).toMatchObject({ width: 320 });
    expect(narrowSpec).not.toHaveProperty("usermeta.provenance");
    const pageFile = async (file: string) =>
      (await chartFileLoader({ request: request("/x"), params: params(file), context: {} })).text();
    const pageSvg = await pageFile("erosion-by-support.page.svg");
    expect(pageSvg).toMatch(/^<svg[^>]*width="600"[^>]*role="img"/);
    expect(pageSvg).not.toContain("Source:");
    expect(downloadSvg).toContain("Source:");
    const pageSpec = JSON.parse(await pageFile("erosion-by-support.page.vl.json")) as object;
    expect(pageSpec).toHaveProperty("$schema");
    expect(pageSpec).not.toHaveProperty("usermeta.provenance");
    expect(
      (
        await rejection(() =>
          chartFileLoader({
            request: request("/x"),
            params: params("erosion-by-support.narrow.png"),
            context: {},
          }),
        )
      ).status,
    ).toBe(404);

    const csv = await (
      await dataFileLoader({ request: request("/x"), params: params("erosion-by-support.csv"), context: {} })
    ).text();
    // the provenance comment lines come first (test/integration/finding-download-provenance.test.ts)
    const [header, ...rows] = csv
      .trim()
      .split("\r\n")
      .filter((line) => !line.startsWith("#"));
    expect(header?.split(",").length).toBeGreaterThan(2);
    expect(rows).toHaveLength(3);
    const dataPackage = JSON.parse(
      await (
        await dataFileLoader({ request: request("/x"), params: params("datapackage.json"), context: {} })
      ).text(),
    );
    expect(dataPackage.resources.map((resource: { path: string }) => resource.path)).toEqual([
      "data/erosion-by-support.csv",
    ]);
    expect(dataPackage.resources[0].schema.fields.map((field: { name: string }) => field.name)).toEqual(
      header?.split(","),
    );

    expect(
      (
        await rejection(() =>
          chartFileLoader({ request: request("/x"), params: params("nope.png"), context: {} }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await rejection(() =>
          dataFileLoader({ request: request("/x"), params: params("../secret.csv"), context: {} }),
        )
      ).status,
    ).toBe(404);
  });

  it("a group below the small-cell threshold appears in no download", async () => {
    await publishFinding(null, {
      slug: "small",
      surveyId,
      title: "Small",
      summary: "s",
      narrative: "n",
      isSynthetic: false,
      snapshot: await sampleSnapshot({ lowN: 6 }),
    });
    const params = (file: string) => ({ slug: "small", version: "1", file });
    const csv = await (
      await dataFileLoader({ request: request("/x"), params: params("erosion-by-support.csv"), context: {} })
    ).text();
    const spec = await (
      await chartFileLoader({
        request: request("/x"),
        params: params("erosion-by-support.vl.json"),
        context: {},
      })
    ).text();
    const svg = await (
      await chartFileLoader({ request: request("/x"), params: params("erosion-by-support.svg"), context: {} })
    ).text();
    const narrow = await Promise.all(
      [
        "erosion-by-support.narrow.svg",
        "erosion-by-support.narrow.vl.json",
        "erosion-by-support.page.svg",
        "erosion-by-support.page.vl.json",
      ].map(async (file) =>
        (await chartFileLoader({ request: request("/x"), params: params(file), context: {} })).text(),
      ),
    );
    for (const text of [csv, spec, svg, ...narrow]) {
      expect(text).not.toContain("50.4");
      expect(text).not.toMatch(/\bn = 6\b|"n":\s*6\b|,6,/);
    }
    expect(csv).toContain("fewer than 10");
  });
});
