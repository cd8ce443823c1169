import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { TOPICS } from "@/lib/topics";
import { SiteSearch } from "./SiteSearch";
import styles from "./SiteHeader.module.css";

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.siteName}>
          {SITE_NAME}
        </Link>
        <SiteSearch />
        <nav aria-label="Topics" className={styles.topicNav}>
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
