import { SITE_IMAGE } from "@/lib/seo/metadata";
import { previewImage } from "@/lib/seo/preview-image";
import { SITE_NAME } from "@/lib/site";

export const alt = SITE_IMAGE.alt;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
// Drawn once at build time; the static export (npm run export) needs it said.
export const dynamic = "force-static";

export default function Image() {
  return previewImage({
    eyebrow: "An evidence-first guide",
    title: SITE_NAME,
    footer: "What the research shows, in plain English",
  });
}
