// The per-article preview image (next/og) drawn alone, to tell its share of the build's
// prerendering time: the build draws one for every article.
import { syntheticSlug } from "./generate";

export interface PreviewResult {
  images: number;
  msPerImage: number;
}

export async function benchPreviewImages(images = 30): Promise<PreviewResult | undefined> {
  let previewImage: (card: { eyebrow: string; title: string; footer: string }) => Response;
  try {
    ({ previewImage } = await import("../lib/seo/preview-image"));
  } catch {
    return undefined; // the site draws no preview images
  }
  const draw = (index: number) =>
    previewImage({
      eyebrow: "Sessions",
      title: `Benchmark article ${index}: notes on ${syntheticSlug(index)}`,
      footer: "Benchmark",
    }).arrayBuffer();
  for (let index = 0; index < 3; index++) await draw(index); // load fonts and warm up first
  const started = performance.now();
  for (let index = 0; index < images; index++) await draw(index);
  return { images, msPerImage: (performance.now() - started) / images };
}
