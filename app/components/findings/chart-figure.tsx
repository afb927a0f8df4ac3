import { useEffect, useRef } from "react";
import type { SnapshotChart } from "~/findings/finding-snapshot";
import { DataTable } from "./data-table";

/**
 * A chart as readers first get it: the server-rendered SVG, visible without JavaScript and
 * with no layout shift. When the chart scrolls into view and JavaScript runs, vega-embed is
 * fetched (its own lazily loaded chunk, ~300 KB) and redraws the same spec with tooltips.
 * Expressions run through vega-interpreter, so no eval is needed under the CSP.
 */
export function ChartFigure({ chart, filesBase }: { chart: SnapshotChart; filesBase: string }) {
  const { altText } = chart;
  const canvas = useRef<HTMLDivElement>(null);
  const files = `${filesBase}/charts/${chart.id}`;

  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    let cancelled = false;
    let finalize: (() => void) | undefined;
    async function enhance(target: HTMLDivElement) {
      const [{ default: embed }, { expressionInterpreter }, spec] = await Promise.all([
        import("vega-embed"),
        import("vega-interpreter"),
        fetch(`${files}.vl.json`).then((response) => response.json() as Promise<object>),
      ]);
      if (cancelled) return;
      const height = target.offsetHeight;
      target.style.minHeight = `${height}px`;
      const result = await embed(target, spec as Parameters<typeof embed>[1], {
        renderer: "svg",
        actions: false,
        ast: true,
        expr: expressionInterpreter,
        defaultStyle: false,
        tooltip: { disableDefaultStyle: true },
      });
      finalize = () => result.finalize();
      // vega-embed's SVG has no accessible name; give it the same one the static SVG had.
      const svg = target.querySelector("svg");
      svg?.setAttribute("role", "img");
      svg?.setAttribute("aria-label", altText);
      target.dataset.interactive = "true";
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      enhance(element).catch(() => {
        // The static SVG stays: interaction is an enhancement, never a requirement.
      });
    });
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
      finalize?.();
    };
  }, [files, altText]);

  return (
    <figure className="chart-figure" id={`chart-${chart.id}`} aria-labelledby={`chart-${chart.id}-title`}>
      {/* The SVG shows the title itself; the caption names the figure for assistive technology. */}
      <figcaption id={`chart-${chart.id}-title`} className="visually-hidden">
        {chart.title}
      </figcaption>
      <div ref={canvas} className="chart-canvas" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <p className="chart-alt">{chart.altText}</p>
      <details className="chart-data">
        <summary>Show the data</summary>
        <DataTable table={chart.table} caption={`Data behind “${chart.title}”`} />
      </details>
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
    </figure>
  );
}
