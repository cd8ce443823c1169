import { getArticleSummaries } from "@/lib/content";
import { buildFeed } from "@/lib/seo/feed";

// Written once at build time, like the pages.
export const dynamic = "force-static";

export function GET() {
  return new Response(buildFeed(getArticleSummaries()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
