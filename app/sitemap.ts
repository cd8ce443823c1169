import type { MetadataRoute } from "next";
import { getSiteRoutes } from "@/lib/content";
import { sitemapEntries } from "@/lib/seo/sitemap";

// Written once at build time; the static export (npm run export) needs it said.
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getSiteRoutes());
}
