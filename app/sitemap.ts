import type { MetadataRoute } from "next";
import { getArticleSummaries, getPage } from "@/lib/content";
import { sitemapEntries } from "@/lib/seo/sitemap";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({ articles: getArticleSummaries(), homeUpdated: getPage("home")?.meta.updated, aboutUpdated: getPage("about")?.meta.updated });
}
