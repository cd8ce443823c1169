import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// Written once at build time; the static export (npm run export) needs it said.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteUrl("/sitemap.xml") };
}
