import path from "node:path";
import { stampChartSvg } from "../../analysis/charts";
import { chartFontFiles, renderChartPng } from "../../analysis/render";
import { specWithProvenance } from "./chart-provenance.server";
import { type DownloadProvenance, SYNTHETIC_STAMP, sourceLine } from "./download-provenance";
import type { FindingVersionView } from "./finding-versions.server";
import { findingDataPackage, findingTables } from "./finding-datapackage";
import { tableCsv } from "./table-csv";

// The server bundle does not carry the fonts; they ship in assets/fonts next to it.
const fontFiles = chartFontFiles(path.join(process.cwd(), "assets/fonts"));

// Published versions never change, so their rendered PNGs can be kept (bounded).
const PNG_CACHE_LIMIT = 64;
const pngCache = new Map<string, Buffer>();

function cachedPng(key: string, svg: string): Buffer {
  const cached = pngCache.get(key);
  if (cached) return cached;
  const png = renderChartPng(svg, { fontFiles, scale: 2 });
  if (pngCache.size >= PNG_CACHE_LIMIT) pngCache.delete(pngCache.keys().next().value ?? "");
  pngCache.set(key, png);
  return png;
}

// A version's files never change: let browsers and proxies keep them.
const IMMUTABLE = "public, max-age=31536000, immutable";

function file(body: string | Uint8Array<ArrayBuffer>, contentType: string, name: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `inline; filename="${name}"`,
      "Cache-Control": IMMUTABLE,
    },
  });
}

const provenanceOf = (finding: FindingVersionView, permalink: string): DownloadProvenance => ({
  title: finding.title,
  version: finding.version,
  permalink,
  isSynthetic: finding.isSynthetic,
});

/**
 * The files the finding page itself draws (decisions 036, 042): `<id>.page.svg` and `<id>.page.vl.json` (the wide
 * layout), `<id>.narrow.svg` and `<id>.narrow.vl.json` (the phone layout). They are the snapshot's SVG and
 * spec as stored, without the download stamp, so the static image and the interactive redraw are drawn from
 * one spec and have the same height: the page does not shift when a chart turns interactive. The page's
 * citation box carries the provenance the downloads carry inside the file.
 */
function pageChartFile(finding: FindingVersionView, id: string, layout: "page" | "narrow", kind: string) {
  const chart = finding.snapshot.charts.find((candidate) => candidate.id === id);
  const drawn = layout === "narrow" ? chart?.narrow : chart;
  if (!drawn || kind === "png") throw new Response("Not found", { status: 404 });
  const name = `${finding.slug}-v${finding.version}-${id}.${layout}.${kind === "svg" ? "svg" : "vl.json"}`;
  if (kind === "svg") return file(drawn.svg, "image/svg+xml; charset=utf-8", name);
  return file(JSON.stringify(drawn.spec), "application/json; charset=utf-8", name);
}

/**
 * A chart download: `<id>.png`, `<id>.svg` or `<id>.vl.json`, each carrying its provenance (source line with the
 * permalink, version and licence; the synthetic stamp when the data are synthetic): drawn inside the image for
 * PNG and SVG, in `usermeta` and the subtitle for the vega-lite spec. The page's own files are
 * {@link pageChartFile}'s.
 */
export function chartFile(finding: FindingVersionView, fileName: string, permalink: string): Response {
  const match = /^([a-z0-9-]+?)(\.narrow|\.page)?\.(png|svg|vl\.json)$/.exec(fileName);
  if (match?.[2])
    return pageChartFile(finding, match[1]!, match[2] === ".narrow" ? "narrow" : "page", match[3]!);
  const chart = match ? finding.snapshot.charts.find((candidate) => candidate.id === match[1]) : undefined;
  if (!match || !chart) throw new Response("Not found", { status: 404 });
  const name = `${finding.slug}-v${finding.version}-${fileName}`;
  const provenance = provenanceOf(finding, permalink);
  const stamped = () =>
    stampChartSvg(chart.svg, {
      sourceLine: sourceLine(provenance),
      banner: finding.isSynthetic ? SYNTHETIC_STAMP : undefined,
    });
  switch (match[3]) {
    case "png":
      return file(new Uint8Array(cachedPng(`${permalink}/${chart.id}`, stamped())), "image/png", name);
    case "svg":
      return file(stamped(), "image/svg+xml; charset=utf-8", name);
    default: {
      const spec = specWithProvenance(chart.spec, provenance);
      return file(JSON.stringify(spec, null, 2), "application/json; charset=utf-8", name);
    }
  }
}

/** A data download: `<table>.csv` or `datapackage.json`. */
export function dataFile(finding: FindingVersionView, fileName: string, permalink: string): Response {
  if (fileName === "datapackage.json") {
    const dataPackage = findingDataPackage({
      ...provenanceOf(finding, permalink),
      slug: finding.slug,
      snapshot: finding.snapshot,
    });
    return file(
      JSON.stringify(dataPackage, null, 2),
      "application/json; charset=utf-8",
      `${finding.slug}-v${finding.version}-datapackage.json`,
    );
  }
  const match = /^([a-z0-9-]+)\.csv$/.exec(fileName);
  const table = match
    ? findingTables(finding.snapshot).find((candidate) => candidate.id === match[1])
    : undefined;
  if (!table) throw new Response("Not found", { status: 404 });
  return file(
    tableCsv(table, provenanceOf(finding, permalink)),
    "text/csv; charset=utf-8",
    `${finding.slug}-v${finding.version}-${fileName}`,
  );
}
