/**
 * Number of items drawn by a named vega-lite layer in a vega SVG: vega writes each mark as
 * `<g class="mark-<type> role-mark <name>_marks">` holding one element per item (path, line, text, …).
 * Marks split into several groups (areas per colour) are summed.
 */
export function countMarkItems(svg: string, layerName: string): number {
  const open = new RegExp(`<g class="mark-[a-z]+ role-mark ${layerName}_marks"[^>]*>`, "g");
  let count = 0;
  for (const m of svg.matchAll(open)) {
    const body = svg.slice(m.index + m[0].length, svg.indexOf("</g>", m.index + m[0].length));
    count += (body.match(/<(path|line|text|rect)\b/g) ?? []).length;
  }
  return count;
}

/** All text drawn in a vega SVG (contents of <text> and <tspan>), joined with newlines, entities decoded. */
export function svgText(svg: string): string {
  const chunks = [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)/g)].map((m) => m[1]!);
  return chunks
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Deep-freezes test input so a builder that mutates it throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
