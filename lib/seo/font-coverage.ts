// Which characters a font file can draw, read from its cmap table. The preview images use it to
// keep every character within the fonts that ship with the project: for a character no font has,
// next/og would try to download one from Google Fonts, and builds have no network.
import { inflateSync } from "node:zlib";

/** The bytes of one table of a WOFF (1.0) or plain TrueType/OpenType font. */
function fontTable(font: Buffer, tag: string): Buffer | undefined {
  const woff = font.toString("latin1", 0, 4) === "wOFF";
  const count = font.readUInt16BE(woff ? 12 : 4);
  for (let index = 0; index < count; index++) {
    const entry = woff ? 44 + index * 20 : 12 + index * 16;
    if (font.toString("latin1", entry, entry + 4) !== tag) continue;
    if (!woff)
      return font.subarray(font.readUInt32BE(entry + 8), font.readUInt32BE(entry + 8) + font.readUInt32BE(entry + 12));
    const [offset, compressed, original] = [
      font.readUInt32BE(entry + 4),
      font.readUInt32BE(entry + 8),
      font.readUInt32BE(entry + 12),
    ];
    const data = font.subarray(offset, offset + compressed);
    return compressed < original ? inflateSync(data) : data;
  }
  return undefined;
}

/** Code points mapped by a format 4 subtable (the Basic Multilingual Plane), leaving out those mapped to no glyph. */
function format4(cmap: Buffer, at: number, into: Set<number>) {
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [end, start, delta, rangeOffset] = [
      cmap.readUInt16BE(ends + s * 2),
      cmap.readUInt16BE(starts + s * 2),
      cmap.readInt16BE(deltas + s * 2),
      cmap.readUInt16BE(rangeOffsets + s * 2),
    ];
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph =
        rangeOffset === 0 ? code + delta : cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
      if ((glyph & 0xffff) !== 0) into.add(code);
    }
  }
}

/** Code points a font can draw (from its format 4 cmap, which latin fonts always have). */
export function fontCoverage(font: Buffer): Set<number> {
  const cmap = fontTable(font, "cmap");
  if (!cmap) throw new Error("font has no cmap table");
  const covered = new Set<number>();
  const subtables = cmap.readUInt16BE(2);
  for (let index = 0; index < subtables; index++) {
    const at = cmap.readUInt32BE(4 + index * 8 + 4);
    if (cmap.readUInt16BE(at) === 4) format4(cmap, at, covered);
  }
  return covered;
}

// Common characters the latin subsets lack, written with ones they have.
const STAND_INS: Record<string, string> = {
  "‐": "-",
  "‑": "-",
  "‒": "–",
  "―": "—",
  "≥": ">=",
  "≤": "<=",
  "≈": "~",
  "→": "->",
};

/**
 * Text that the fonts can draw: stand-ins for common symbols, accents dropped where only the bare
 * letter exists, and anything else (emoji, other scripts) left out.
 */
export function drawableText(text: string, covered: ReadonlySet<number>): string {
  const has = (char: string) => covered.has(char.codePointAt(0)!);
  return [...text.normalize("NFC")]
    .map((char) => {
      if (has(char)) return char;
      const standIn = STAND_INS[char] ?? char.normalize("NFKD").replace(/\p{M}/gu, "");
      return [...standIn].every(has) ? standIn : "";
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
