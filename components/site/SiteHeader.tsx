import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { TOPICS } from "@/lib/topics";
import { SiteSearch } from "./SiteSearch";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-name">
          {SITE_NAME}
        </Link>
        <SiteSearch />
        <nav aria-label="Topics" className="topic-nav">
          <ul>
            {TOPICS.map((topic) => (
              <li key={topic.id}>
                <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
