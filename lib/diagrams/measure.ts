// Shared by the drawings: what a measured figure is and where it came from.

/** A figure as its source gave it, with the method that measured it. */
export interface Measured {
  /** Millimetres. */
  mm: number;
  /** How it was measured, in the reader's words ("histology of cadaver skin"). */
  method: string;
  /** Registry id of the work that reports it. */
  source: string;
}

/** A number for a caption: no trailing zeros beyond what the source gave (0.76, 1.97, 0.25, 3). */
export const mmText = (mm: number) => `${Number(mm.toFixed(3))} mm`;

/** Round for SVG coordinates so that the markup stays short and stable. */
export const px = (value: number) => Math.round(value * 10) / 10;

/** Average width of a character at font size 1 in the site's sans-serif, for wrapping SVG text. */
const CHAR_WIDTH = 0.55;

/** Splits text into lines that fit `width` units at `fontSize`, at spaces (a long word gets its own line). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
