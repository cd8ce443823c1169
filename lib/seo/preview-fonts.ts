// The fonts drawn into preview images. They ship with the project (lib/seo/fonts, see its README),
// so building the images needs no network.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { drawableText, fontCoverage } from "./font-coverage";

export const SERIF = "Source Serif 4";
export const SANS = "Source Sans 3";

const files = [
  { name: SERIF, file: "source-serif-4-latin-600-normal.woff", weight: 600 },
  { name: SANS, file: "source-sans-3-latin-400-normal.woff", weight: 400 },
  { name: SANS, file: "source-sans-3-latin-600-normal.woff", weight: 600 },
] as const;

type PreviewFont = { name: string; data: Buffer; weight: 400 | 600; style: "normal" };

let loaded: { fonts: PreviewFont[]; covered: Set<number> } | undefined;

/** The fonts, read once per process, and the characters every one of them can draw. */
export function previewFonts(): { fonts: PreviewFont[]; drawable: (text: string) => string } {
  if (!loaded) {
    const fonts = files.map(({ name, file, weight }) => ({
      name,
      data: readFileSync(join(process.cwd(), "lib/seo/fonts", file)),
      weight,
      style: "normal" as const,
    }));
    const [first, ...rest] = fonts.map((font) => fontCoverage(font.data));
    const covered = new Set([...first!].filter((code) => rest.every((set) => set.has(code))));
    loaded = { fonts, covered };
  }
  const { fonts, covered } = loaded;
  return { fonts, drawable: (text) => drawableText(text, covered) };
}
