import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled fonts, regular then bold (DejaVu Sans; licence in assets/fonts/LICENSE-DejaVu.txt). */
export const CHART_FONT_FILE_NAMES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"] as const;

/**
 * Absolute paths of the bundled chart fonts, for {@link renderChartPng}.
 *
 * By default they are resolved from this module's location (`../../assets/fonts/`), which is right when the
 * module runs from source (tsx, vitest, the CLI). A bundled server build moves the code, so it must pass the
 * folder explicitly — e.g. `chartFontFiles(path.join(process.cwd(), "assets/fonts"))` — and ship
 * `assets/fonts/` with the build (see docs/decisions/005-charts.md).
 *
 * Cost: O(1); no file is read.
 *
 * @param fontDir folder holding the font files (a path, resolved against the working directory, or a file: URL);
 *   default the project's assets/fonts
 * @returns [regular, bold] as absolute file paths
 * @example
 * const png = renderChartPng(svg, { fontFiles: chartFontFiles() });
 */
export function chartFontFiles(fontDir?: string | URL): string[] {
  if (typeof fontDir === "string") return CHART_FONT_FILE_NAMES.map((name) => resolve(fontDir, name));
  const dir = fontDir ?? new URL("../../assets/fonts/", import.meta.url);
  const base = dir.href.endsWith("/") ? dir : new URL(`${dir.href}/`);
  return CHART_FONT_FILE_NAMES.map((name) => fileURLToPath(new URL(name, base)));
}
