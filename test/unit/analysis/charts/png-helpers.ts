import { inflateSync } from "node:zlib";

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height, bit depth and colour type from the IHDR chunk, which the PNG spec places first. */
export function pngHeader(png: Uint8Array): {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
} {
  const b = Buffer.from(png);
  if (b.toString("latin1", 12, 16) !== "IHDR") throw new Error("first chunk is not IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bitDepth: b[24]!, colorType: b[25]! };
}

/**
 * Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes) to raw pixels, following the PNG spec
 * (W3C PNG 2nd ed., §9 filters): concatenated IDAT, zlib inflate, per-row filter 0–4 undone.
 */
export function decodePngRgba(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const b = Buffer.from(png);
  const { width, height, bitDepth, colorType } = pngHeader(b);
  if (bitDepth !== 8 || colorType !== 6) throw new Error("only 8-bit RGBA PNGs are supported");
  const parts: Buffer[] = [];
  for (let pos = 8; pos < b.length;) {
    const len = b.readUInt32BE(pos);
    if (b.toString("latin1", pos + 4, pos + 8) === "IDAT") parts.push(b.subarray(pos + 8, pos + 8 + len));
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(parts));
  const stride = width * 4;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = up;
      else if (filter === 3) pred = (a + up) >> 1;
      else if (filter === 4) {
        const p = a + up - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      }
      out[y * stride + x] = (raw[src + x]! + pred) & 0xff;
    }
  }
  return { width, height, pixels: out };
}

/** Share of pixels whose RGBA differs by more than `tolerance` in any channel. */
export function differingPixelShare(a: Uint8Array, b: Uint8Array, tolerance = 16): number {
  if (a.length !== b.length) throw new Error("images differ in size");
  let diff = 0;
  for (let i = 0; i < a.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(a[i + c]! - b[i + c]!) > tolerance) {
        diff++;
        break;
      }
    }
  }
  return diff / (a.length / 4);
}
