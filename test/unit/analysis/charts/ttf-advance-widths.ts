import { readFileSync } from "node:fs";

/**
 * Test helper: the horizontal advance widths of characters in a TrueType font, read straight from its `head`,
 * `hhea`, `hmtx` and `cmap` (format 4) tables (Apple TrueType Reference Manual / OpenType spec). It is the
 * independent source for the width table in analysis/charts/dejavu-sans-widths.ts.
 */
export function ttfAdvanceWidths(
  file: string,
  codePoints: readonly number[],
): { unitsPerEm: number; widths: number[] } {
  const buf = readFileSync(file);
  const u16 = (o: number) => buf.readUInt16BE(o);
  const tables = new Map<string, number>();
  for (let i = 0; i < u16(4); i++) {
    const rec = 12 + 16 * i;
    tables.set(buf.toString("latin1", rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const table = (tag: string) => {
    const o = tables.get(tag);
    if (o === undefined) throw new Error(`font has no ${tag} table`);
    return o;
  };
  const unitsPerEm = u16(table("head") + 18);
  const numberOfHMetrics = u16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const cmap = table("cmap");
  let sub = -1;
  for (let i = 0; i < u16(cmap + 2); i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = u16(rec);
    const encoding = u16(rec + 2);
    const offset = cmap + buf.readUInt32BE(rec + 4);
    if (u16(offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) sub = offset;
  }
  if (sub < 0) throw new Error("font has no Unicode BMP cmap (format 4)");
  const segCount = u16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  const glyph = (c: number) => {
    for (let i = 0; i < segCount; i++) {
      if (c > u16(ends + 2 * i)) continue;
      const start = u16(starts + 2 * i);
      if (c < start) return 0;
      const delta = u16(deltas + 2 * i);
      const ro = u16(rangeOffsets + 2 * i);
      if (ro === 0) return (c + delta) & 0xffff;
      const g = u16(rangeOffsets + 2 * i + ro + 2 * (c - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const advance = (g: number) => u16(hmtx + 4 * Math.min(g, numberOfHMetrics - 1));
  return { unitsPerEm, widths: codePoints.map((c) => advance(glyph(c))) };
}
