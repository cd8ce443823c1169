import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { TOPICS } from "@/lib/topics";
import { SiteSearch } from "./SiteSearch";
import styles from "./SiteHeader.module.css";

function TopicLinks() {
  return (
    <ul>
      {TOPICS.map((topic) => (
        <li key={topic.id}>
          <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Wide screens: the site name and search box on one row, the topics on the next. Phones: one row of
 * the site name, a link to the search page and a "Topics" disclosure, so the page's own title and
 * answer fill the first screen. The disclosure is <details>, which opens without JavaScript; CSS
 * shows one of the two topic lists at a time, and a hidden list is out of the tab order and the
 * accessibility tree.
 */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.siteName}>
          {SITE_NAME}
        </Link>
        <SiteSearch className={styles.wideOnly} />
        <Link href="/search" className={`${styles.phoneOnly} ${styles.searchLink}`} aria-label="Search">
          <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
            <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
          <span className={styles.searchWord}>Search</span>
        </Link>
        <details className={`${styles.phoneOnly} ${styles.menu}`}>
          <summary>Topics</summary>
          <nav aria-label="Topics" className={styles.menuNav}>
            <TopicLinks />
          </nav>
        </details>
        <nav aria-label="Topics" className={`${styles.wideOnly} ${styles.topicNav}`}>
          <TopicLinks />
        </nav>
      </div>
    </header>
  );
}
