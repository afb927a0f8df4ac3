import { type RefObject, useEffect } from "react";

/** One chart's enhancement: whether its figure has gone, and how to tear down vega's view once drawn. */
type Enhancement = { cancelled: boolean; finalize?: () => void };

/** vega-embed redraws the spec at `${files}.vl.json` into `target`, with tooltips and without eval. */
async function embedChart(target: HTMLDivElement, files: string, altText: string, state: Enhancement) {
  const [{ default: embed }, { expressionInterpreter }, spec] = await Promise.all([
    import("vega-embed"),
    import("vega-interpreter"),
    fetch(`${files}.vl.json`).then((response) => response.json() as Promise<object>),
  ]);
  if (state.cancelled) return;
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
  state.finalize = () => result.finalize();
  // vega-embed's SVG has no accessible name; give it the same one the static SVG had.
  const svg = target.querySelector("svg");
  svg?.setAttribute("role", "img");
  svg?.setAttribute("aria-label", altText);
  target.dataset.interactive = "true";
}

/**
 * When the chart in `canvas` scrolls into view and JavaScript runs, vega-embed is fetched (its own lazily
 * loaded chunk, ~300 KB) and redraws the same spec over the server-rendered SVG, with tooltips.
 * Expressions run through vega-interpreter, so no eval is needed under the CSP.
 */
export function useInteractiveChart(
  canvas: RefObject<HTMLDivElement | null>,
  files: string,
  altText: string,
) {
  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const state: Enhancement = { cancelled: false };
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      embedChart(element, files, altText, state).catch(() => {
        // The static SVG stays: interaction is an enhancement, never a requirement.
      });
    });
    observer.observe(element);
    return () => {
      state.cancelled = true;
      observer.disconnect();
      state.finalize?.();
    };
  }, [canvas, files, altText]);
}
