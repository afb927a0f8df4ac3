import { useRef } from "react";
import type { PageChart } from "~/findings/finding-page-data";
import { DataTable } from "./data-table";
import { useInteractiveChart } from "./use-interactive-chart";

/** The chart's files: image, vector, spec and data. */
function ChartDownloads({ chart, filesBase }: { chart: PageChart; filesBase: string }) {
  const files = `${filesBase}/charts/${chart.id}`;
  return (
    <p className="chart-downloads">
      Download:{" "}
      <a href={`${files}.png`} download>
        PNG
      </a>{" "}
      ·{" "}
      <a href={`${files}.svg`} download>
        SVG
      </a>{" "}
      ·{" "}
      <a href={`${files}.vl.json`} download>
        vega-lite spec
      </a>{" "}
      ·{" "}
      <a href={`${filesBase}/data/${chart.id}.csv`} download>
        data (CSV)
      </a>
    </p>
  );
}

/**
 * A chart as readers first get it: the server-rendered SVG as an image file with its size (inline in the lab's
 * preview), visible without JavaScript and with no layout shift.
 * When the chart has a phone layout and its box is narrower than the wide chart (600 px), CSS shows that
 * instead, as an image with the same alt text (decision 036; lazily loaded, so wide screens never fetch it).
 * When the chart scrolls into view and JavaScript runs, it becomes interactive in the layout that fits
 * (useInteractiveChart).
 */
export function ChartFigure({ chart, filesBase }: { chart: PageChart; filesBase: string }) {
  const canvas = useRef<HTMLDivElement>(null);
  const files = `${filesBase}/charts/${chart.id}`;
  useInteractiveChart(canvas, files, chart.altText, chart.narrow !== undefined);
  return (
    <figure className="chart-figure" id={`chart-${chart.id}`} aria-labelledby={`chart-${chart.id}-title`}>
      {/* The SVG shows the title itself; the caption names the figure for assistive technology. */}
      <figcaption id={`chart-${chart.id}-title`} className="visually-hidden">
        {chart.title}
      </figcaption>
      <div ref={canvas} className="chart-canvas" data-narrow={chart.narrow ? "" : undefined}>
        {chart.svg ? (
          <div className="chart-static chart-wide" dangerouslySetInnerHTML={{ __html: chart.svg }} />
        ) : (
          <img
            className="chart-static chart-wide"
            src={`${files}.page.svg`}
            alt={chart.altText}
            width={chart.width}
            height={chart.height}
            loading="lazy"
            decoding="async"
          />
        )}
        {chart.narrow ? (
          <img
            className="chart-static chart-narrow"
            src={`${files}.narrow.svg`}
            alt={chart.altText}
            width={chart.narrow.width}
            height={chart.narrow.height}
            loading="lazy"
            decoding="async"
          />
        ) : null}
      </div>
      <p className="chart-alt">{chart.altText}</p>
      <details className="chart-data">
        <summary>Show the data</summary>
        <DataTable table={chart.table} caption={`Data behind “${chart.title}”`} />
      </details>
      <ChartDownloads chart={chart} filesBase={filesBase} />
    </figure>
  );
}
