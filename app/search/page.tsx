import type { Metadata } from "next";
import { TopicGrid } from "@/components/topic/TopicGrid";
import { SearchResults } from "@/components/search/SearchResults";
import { pageMetadata } from "@/lib/seo/metadata";
import readable from "@/app/readable.module.css";

// A tool, not a result in itself: kept out of search engines and the sitemap.
export const metadata: Metadata = pageMetadata({
  path: "/search",
  title: "Search",
  description: "Search every article of the guide by word.",
  noindex: true,
});

export default function SearchPage() {
  return (
    <div className={readable.column}>
      <h1>Search</h1>
      <SearchResults />
      <nav aria-label="Browse by topic">
        <h2>Browse by topic</h2>
        <TopicGrid />
      </nav>
    </div>
  );
}
