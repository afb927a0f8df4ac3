import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { publishFinding } from "~/findings/finding-versions.server";
import { loader as chartFileLoader } from "~/routes/findings.$slug.v.$version.charts.$file";
import { loader as dataFileLoader } from "~/routes/findings.$slug.v.$version.data.$file";
import { sampleSnapshot } from "../support/finding-fixtures";
import { createSurvey } from "../support/survey-fixtures";
import { decodePngRgba, pngHeader } from "../unit/analysis/charts/png-helpers";

const PERMALINK = (slug: string) => `http://localhost/findings/${slug}/v/1`;
const STAMP = "SYNTHETIC DEMO DATA";
const request = new Request("http://localhost/x");

// A table as the finding page shows it: a confidence interval as text, one row without it.
const moderationTable = {
  id: "moderation",
  title: "Does institutional support change the tenure slope?",
  columns: [
    { key: "outcome", label: "Outcome" },
    { key: "interaction", label: "Interaction estimate" },
    { key: "ci95", label: "95% CI" },
    { key: "note", label: "Note" },
  ],
  rows: [
    {
      outcome: "Work-related burnout",
      interaction: -0.0345,
      ci95: "-0.047 to -0.022",
      note: "item #3 reversed",
    },
    { outcome: "Client burnout", interaction: null, ci95: null, note: "fewer than 10" },
  ],
};

beforeEach(async () => {
  await prisma.findingVersion.deleteMany();
  await prisma.finding.deleteMany();
  await prisma.response.deleteMany();
  await prisma.instrumentVersion.deleteMany();
  await prisma.surveyMembership.deleteMany();
  await prisma.survey.deleteMany();
  const { surveyId } = await createSurvey();
  for (const [slug, isSynthetic] of [
    ["demo", true],
    ["real", false],
  ] as const) {
    const snapshot = { ...(await sampleSnapshot()), tables: [moderationTable] };
    await publishFinding(null, {
      slug,
      surveyId,
      title: "Support protects",
      summary: "s",
      narrative: "n",
      isSynthetic,
      snapshot,
    });
  }
});

async function download(slug: string, file: string): Promise<Response> {
  const params = { slug, version: "1", file };
  return file.endsWith(".csv") || file === "datapackage.json"
    ? dataFileLoader({ request, params, context: {} })
    : chartFileLoader({ request, params, context: {} });
}
const text = async (slug: string, file: string) => (await download(slug, file)).text();

describe("provenance on every download of a finding", () => {
  it("SVG: the source line (project, permalink, version, licence) inside the image; the stamp only for synthetic data", async () => {
    const demo = await text("demo", "erosion-by-support.svg");
    const real = await text("real", "erosion-by-support.svg");
    for (const [svg, slug] of [
      [demo, "demo"],
      [real, "real"],
    ] as const) {
      const drawn = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
      expect(drawn).toContain("Source: Negative Space");
      expect(drawn).toContain(PERMALINK(slug));
      expect(drawn).toContain("version 1");
      expect(drawn).toContain("CC BY 4.0");
    }
    expect(demo).toMatch(new RegExp(`<text\\b[^>]*>${STAMP}</text>`));
    expect(real).not.toContain(STAMP);
    expect(demo).toMatch(new RegExp(`^<svg[^>]*aria-label="[^"]*${STAMP}`));
  });

  it("PNG: drawn from the stamped SVG, with a red banner across the top only for synthetic data", async () => {
    const pixel = (png: ReturnType<typeof decodePngRgba>, x: number, y: number) => [
      ...png.pixels.slice((y * png.width + x) * 4, (y * png.width + x) * 4 + 3),
    ];
    const demo = new Uint8Array(await (await download("demo", "erosion-by-support.png")).arrayBuffer());
    const real = new Uint8Array(await (await download("real", "erosion-by-support.png")).arrayBuffer());
    const svgHeight = async (slug: string) =>
      Number(/^<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(await text(slug, "erosion-by-support.svg"))![1]);
    expect(pngHeader(demo).height).toBe(Math.round(2 * (await svgHeight("demo"))));
    expect(pngHeader(real).height).toBe(Math.round(2 * (await svgHeight("real"))));
    expect(pixel(decodePngRgba(demo), 4, 4)).toEqual([0xb0, 0x00, 0x20]);
    expect(pixel(decodePngRgba(real), 4, 4)).toEqual([255, 255, 255]);
    // the footer is drawn: the bottom rows of the image hold dark text pixels
    const image = decodePngRgba(real);
    let dark = 0;
    for (let y = image.height - 30; y < image.height; y++)
      for (let x = 0; x < image.width; x++) if (pixel(image, x, y)[0]! < 128) dark++;
    expect(dark).toBeGreaterThan(100);
  });

  it("vega-lite: the provenance in usermeta and in the subtitle, the synthetic notice only for synthetic data", async () => {
    const demo = JSON.parse(await text("demo", "erosion-by-support.vl.json"));
    const real = JSON.parse(await text("real", "erosion-by-support.vl.json"));
    expect(demo.usermeta.provenance).toMatchObject({
      project: "Negative Space",
      permalink: PERMALINK("demo"),
      version: 1,
      licence: { name: "CC-BY-4.0" },
      synthetic: true,
    });
    expect(real.usermeta.provenance).toMatchObject({ permalink: PERMALINK("real"), synthetic: false });
    expect(demo.title.subtitle[0]).toMatch(/^SYNTHETIC DEMO DATA/);
    const subtitle = (spec: { title: { subtitle: string[] } }) => spec.title.subtitle.join(" ");
    expect(subtitle(demo)).toMatch(/Source: Negative Space, “Support protects”, version 1, /);
    expect(subtitle(demo)).toContain(PERMALINK("demo"));
    expect(JSON.stringify(real)).not.toContain(STAMP);
    expect(subtitle(real)).toMatch(/Source: Negative Space.*version 1.*CC BY 4\.0/);
    // wrapped like the house subtitles, so a re-rendered chart keeps it inside its width
    expect(Math.max(...demo.title.subtitle.map((line: string) => line.length))).toBeLessThan(110);
  });

  it("CSV: # comment lines with the provenance, then CI bounds as numeric ci_low and ci_high columns", async () => {
    const demo = await text("demo", "moderation.csv");
    const real = await text("real", "moderation.csv");
    const lines = demo.split("\r\n");
    expect(lines[0]).toMatch(/^# Source: Negative Space, “Support protects”, version 1, .*CC BY 4\.0/);
    expect(lines[0]).toContain(PERMALINK("demo"));
    expect(lines[1]).toMatch(/^# SYNTHETIC DEMO DATA/);
    expect(lines.slice(3, 6)).toEqual([
      "outcome,interaction,ci_low,ci_high,note",
      'Work-related burnout,-0.0345,-0.047,-0.022,"item #3 reversed"',
      "Client burnout,,,,fewer than 10",
    ]);
    expect(real).not.toContain(STAMP);
    expect(real.split("\r\n")[2]).toBe("outcome,interaction,ci_low,ci_high,note");
  });

  it("datapackage.json: the licence, the source permalink, the synthetic flag, and numeric CI fields", async () => {
    const demo = JSON.parse(await text("demo", "datapackage.json"));
    const real = JSON.parse(await text("real", "datapackage.json"));
    expect(demo.licenses).toEqual([
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0",
      },
    ]);
    expect(demo.sources[0].path).toBe(PERMALINK("demo"));
    expect(demo.negativeSpace.synthetic).toBe(true);
    expect(real.negativeSpace.synthetic).toBe(false);
    expect(JSON.stringify(real)).not.toContain(STAMP);
    const moderation = demo.resources.find((r: { name: string }) => r.name === "moderation");
    expect(moderation.dialect.commentChar).toBe("#");
    expect(
      moderation.schema.fields.map((f: { name: string; type: string }) => `${f.name}:${f.type}`),
    ).toEqual(["outcome:string", "interaction:number", "ci_low:number", "ci_high:number", "note:string"]);
    // every CSV's header is the data package's field list
    for (const resource of demo.resources) {
      const csv = await text("demo", `${resource.name}.csv`);
      const header = csv.split("\r\n").find((line) => !line.startsWith("#"));
      expect(header).toBe(resource.schema.fields.map((f: { name: string }) => f.name).join(","));
    }
  });
});
