import { htmlText } from "../../instrument/encode/html-text";
import { CHART_FONT, INK } from "./chart-config";
import { wrapText } from "./wrap-text";

/** What a downloaded chart must carry inside the image. */
export interface ChartStamp {
  /** e.g. "Source: Negative Space, https://…/findings/x/v/2 (version 2). Licence: CC BY 4.0." */
  sourceLine: string;
  /** a warning drawn as a red banner above the chart, e.g. "SYNTHETIC DEMO DATA"; none when absent */
  banner?: string;
}

const BANNER_HEIGHT = 30;
const FOOTER_FONT_SIZE = 11;
const FOOTER_LINE_HEIGHT = 15;
const MARGIN = 8;
const STAMP_RED = "#B00020";

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * A rendered chart SVG with its provenance drawn inside the image, for downloads (SVG and the PNG made from it):
 * a footer with the source line (wrapped to the chart's width) and, when given, a red banner above the chart
 * (e.g. "SYNTHETIC DEMO DATA"). The chart itself is moved down unchanged; the accessible name
 * and `<title>` gain the same words, so a screen reader hears them too.
 *
 * Method: the root element's width, height and viewBox grow by the banner and footer; the chart's content is
 * wrapped in a translated group. Text is set in the chart font (DejaVu Sans, which the PNG renderer embeds).
 *
 * Cost: O(length of the SVG).
 *
 * @throws Error "stampChartSvg requires an <svg> root with numeric width and height"
 * @example
 * stampChartSvg(chart.svg, { sourceLine: "Source: Negative Space, …", banner: "SYNTHETIC DEMO DATA" });
 */
export function stampChartSvg(svg: string, stamp: ChartStamp): string {
  const root = /^<svg\b[^>]*>/.exec(svg);
  const width = Number(root && attribute(root[0], "width"));
  const height = Number(root && attribute(root[0], "height"));
  if (!root || !(width > 0) || !(height > 0)) {
    throw new Error("stampChartSvg requires an <svg> root with numeric width and height");
  }
  let body = svg.slice(root[0].length).replace(/<\/svg>\s*$/, "");
  const title = /^<title>([^<]*)<\/title>/.exec(body);
  if (title) body = body.slice(title[0].length);
  const top = stamp.banner ? BANNER_HEIGHT : 0;
  const lines = wrapText(stamp.sourceLine, width - 2 * MARGIN, FOOTER_FONT_SIZE);
  const total = top + height + MARGIN + lines.length * FOOTER_LINE_HEIGHT;
  const label = [title?.[1], htmlText(stamp.banner ?? ""), htmlText(stamp.sourceLine)]
    .filter(Boolean)
    .join(". ");
  const font = `font-family="${CHART_FONT}, sans-serif"`;
  const banner = stamp.banner
    ? `<rect x="0" y="0" width="${width}" height="${BANNER_HEIGHT - 4}" fill="${STAMP_RED}"/>` +
      `<text x="${width / 2}" y="${BANNER_HEIGHT - 11}" text-anchor="middle" ${font} font-size="15" ` +
      `font-weight="bold" fill="#ffffff" letter-spacing="2">${htmlText(stamp.banner)}</text>`
    : "";
  const footer = lines
    .map(
      (line, i) =>
        `<text x="${MARGIN}" y="${top + height + MARGIN + (i + 1) * FOOTER_LINE_HEIGHT - 4}" ${font} ` +
        `font-size="${FOOTER_FONT_SIZE}" fill="${INK.muted}">${htmlText(line)}</text>`,
    )
    .join("");
  const rootTag = root[0]
    .replace(/\sheight="[^"]*"/, ` height="${total}"`)
    .replace(/\sviewBox="[^"]*"/, ` viewBox="0 0 ${width} ${total}"`)
    .replace(/\saria-label="[^"]*"/, "")
    .replace(/>$/, ` aria-label="${label}">`);
  return (
    `${rootTag}<title>${label}</title><rect x="0" y="0" width="${width}" height="${total}" fill="#ffffff"/>` +
    `${banner}<g transform="translate(0,${top})">${body}</g>${footer}</svg>`
  );
}
