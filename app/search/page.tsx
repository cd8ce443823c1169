import type { Metadata } from "next";
import Link from "next/link";
import { SearchResults } from "@/components/search/SearchResults";
import { pageMetadata } from "@/lib/seo/metadata";
import { TOPICS } from "@/lib/topics";

// A tool, not a result in itself: kept out of search engines and the sitemap.
export const metadata: Metadata = pageMetadata({ path: "/search", title: "Search", description: "Search every article of the guide by word.", noindex: true });

export default function SearchPage() {
  return (
    <div className="search-page">
      <h1>Search</h1>
      <SearchResults />
      <nav aria-label="Browse by topic">
        <h2>Browse by topic</h2>
        <ul className="topic-grid">
          {TOPICS.map((topic) => (
            <li key={topic.id}>
              <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
