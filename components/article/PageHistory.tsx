import Link from "next/link";
import type { Change } from "@/lib/content";
import { formatDate, isoDate } from "@/lib/format";
import styles from "./PageHistory.module.css";

/** The corrections that matter to readers, newest first, then when the page was first published. */
export function PageHistory({ changes, published }: { changes: readonly Change[]; published: Date }) {
  const newestFirst = [...changes].sort((a, b) => b.date.getTime() - a.date.getTime());
  return (
    <section className={styles.history} aria-labelledby="page-history">
      <h2 id="page-history">Page history</h2>
      <ul>
        {newestFirst.map((change, index) => (
          <li key={index}>
            <time dateTime={isoDate(change.date)}>{formatDate(change.date)}</time>: {change.change}
          </li>
        ))}
        <li>
          <time dateTime={isoDate(published)}>{formatDate(published)}</time>: first published.
        </li>
      </ul>
      <p>
        <Link href="/about#how-pages-are-checked-and-updated">How pages are reviewed and corrected</Link>
      </p>
    </section>
  );
}
