import Link from "next/link";
import type { ArticleSummary } from "@/lib/content";
import styles from "./PathNav.module.css";

/** Previous and next article along the reader's path through the topics. */
export function PathNav({ previous, next }: { previous?: ArticleSummary; next?: ArticleSummary }) {
  if (!previous && !next) return null;
  return (
    <nav className={styles.nav} aria-label="Previous and next article" data-pagefind-ignore>
      {previous && (
        <Link href={`/articles/${previous.slug}`} rel="prev">
          <span className={styles.label}>Previous</span>
          {previous.meta.title}
        </Link>
      )}
      {next && (
        <Link href={`/articles/${next.slug}`} rel="next" className={styles.next}>
          <span className={styles.label}>Next</span>
          {next.meta.title}
        </Link>
      )}
    </nav>
  );
}
