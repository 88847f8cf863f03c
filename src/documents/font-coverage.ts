/**
 * Which characters a TrueType font can draw, read from its `cmap` table (formats 4 and 12), so a
 * document reports a character the embedded font lacks instead of dropping it silently. Pure:
 * bytes in, code points out.
 */

export interface FontCoverage {
  has(codePoint: number): boolean;
}

function subtableOffsets(
  view: DataView,
  cmap: number,
): { platform: number; encoding: number; offset: number }[] {
  const count = view.getUint16(cmap + 2);
  return Array.from({ length: count }, (_, k) => ({
    platform: view.getUint16(cmap + 4 + k * 8),
    encoding: view.getUint16(cmap + 6 + k * 8),
    offset: cmap + view.getUint32(cmap + 8 + k * 8),
  }));
}

function format4(view: DataView, at: number): [number, number][] {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const ranges: [number, number][] = [];
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    if (start === 0xffff) continue;
    for (let c = start; c <= end; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const address = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = view.getUint16(address);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) {
        const last = ranges.at(-1);
        if (last && last[1] === c - 1) last[1] = c;
        else ranges.push([c, c]);
      }
    }
  }
  return ranges;
}

function format12(view: DataView, at: number): [number, number][] {
  const groups = view.getUint32(at + 12);
  return Array.from({ length: groups }, (_, k) => [
    view.getUint32(at + 16 + k * 12),
    view.getUint32(at + 20 + k * 12),
  ]);
}

export function fontCoverage(font: Uint8Array): FontCoverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let k = 0; k < tables; k++) {
    const record = 12 + k * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag === 'cmap') cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error('font without cmap table');
  const subtables = subtableOffsets(view, cmap);
  const unicode = (s: { platform: number; encoding: number }) =>
    s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && view.getUint16(s.offset) === 12);
  const basic = subtables.find((s) => unicode(s) && view.getUint16(s.offset) === 4);
  const ranges = full ? format12(view, full.offset) : basic ? format4(view, basic.offset) : [];
  return {
    has(codePoint) {
      let low = 0;
      let high = ranges.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const [start, end] = ranges[mid]!;
        if (codePoint < start) high = mid - 1;
        else if (codePoint > end) low = mid + 1;
        else return true;
      }
      return false;
    },
  };
}

/** Characters that need no glyph: line breaks, tabs, zero-width joiners. */
const invisible = new Set([0x09, 0x0a, 0x0d, 0x200b, 0x200c, 0x200d, 0xfeff]);

/** The distinct characters of `texts` the font cannot draw, in order of first appearance. */
export function missingCharacters(coverage: FontCoverage, texts: Iterable<string>): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (invisible.has(codePoint) || coverage.has(codePoint)) continue;
      missing.add(char);
    }
  }
  return [...missing];
}
