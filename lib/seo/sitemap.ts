// The sitemap: every route of the registry (lib/routes.ts) a search engine should know, with the
// date it last changed where that is known.
import type { MetadataRoute } from "next";
import type { SiteRoute } from "../routes";
import { SITE_URL } from "../site";

export function sitemapEntries(routes: readonly SiteRoute[], site: URL = SITE_URL): MetadataRoute.Sitemap {
  return routes
    .filter((route) => route.sitemap)
    .map(({ path, lastModified }) => {
      const url = new URL(path, site).toString();
      return lastModified ? { url, lastModified } : { url };
    });
}
