import { type RefObject, useEffect } from "react";

/** One chart's enhancement: whether its figure has gone, and how to tear down vega's view once drawn. */
type Enhancement = { cancelled: boolean; finalize?: () => void };

/** Below this width of its box a chart with a phone layout uses it (the wide layout is 600 px; decision 036). */
const WIDE_CHART_MIN_WIDTH = 600;

/**
 * vega-embed redraws the spec the static image was drawn from, `${files}.page.vl.json` (`${files}.narrow.vl.json`
 * when `narrow`), into a new box after the static chart, which CSS then hides, with tooltips and without eval.
 */
async function embedChart(
  target: HTMLDivElement,
  files: string,
  altText: string,
  narrow: boolean,
  state: Enhancement,
) {
  const [{ default: embed }, { expressionInterpreter }, spec] = await Promise.all([
    import("vega-embed"),
    import("vega-interpreter"),
    fetch(`${files}${narrow ? ".narrow" : ".page"}.vl.json`).then(
      (response) => response.json() as Promise<object>,
    ),
  ]);
  if (state.cancelled) return;
  const height = target.offsetHeight;
  target.style.minHeight = `${height}px`;
  const host = document.createElement("div");
  host.className = "chart-interactive";
  target.append(host);
  const result = await embed(host, spec as Parameters<typeof embed>[1], {
    renderer: "svg",
    actions: false,
    ast: true,
    expr: expressionInterpreter,
    defaultStyle: false,
    tooltip: { disableDefaultStyle: true },
  });
  state.finalize = () => result.finalize();
  // vega-embed's SVG has no accessible name; give it the same one the static SVG had.
  const svg = host.querySelector("svg");
  svg?.setAttribute("role", "img");
  svg?.setAttribute("aria-label", altText);
  target.dataset.interactive = "true";
}

/**
 * When the chart in `canvas` scrolls into view and JavaScript runs, vega-embed is fetched (its own lazily
 * loaded chunk, ~300 KB) and redraws the same spec over the server-rendered SVG, with tooltips.
 * Expressions run through vega-interpreter, so no eval is needed under the CSP. A chart with a phone layout
 * (`hasNarrow`) is redrawn in it when its box is narrower than the wide chart, as its static image was.
 */
export function useInteractiveChart(
  canvas: RefObject<HTMLDivElement | null>,
  files: string,
  altText: string,
  hasNarrow = false,
) {
  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const state: Enhancement = { cancelled: false };
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const narrow = hasNarrow && element.clientWidth < WIDE_CHART_MIN_WIDTH;
      embedChart(element, files, altText, narrow, state).catch(() => {
        // The static SVG stays: interaction is an enhancement, never a requirement.
      });
    });
    observer.observe(element);
    return () => {
      state.cancelled = true;
      observer.disconnect();
      state.finalize?.();
    };
  }, [canvas, files, altText, hasNarrow]);
}
