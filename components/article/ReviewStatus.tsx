import Link from "next/link";
import type { ArticleMeta } from "@/lib/content";
import { formatDate, isoDate } from "@/lib/format";
import styles from "./ReviewStatus.module.css";

/** Says plainly whether a clinician has reviewed the page; never implies a review that did not happen. */
export function ReviewStatus({ reviewed }: { reviewed: ArticleMeta["reviewed"] }) {
  if (reviewed?.by) {
    return (
      <p className={styles.status} data-pagefind-ignore>
        Clinically reviewed by {reviewed.by} on <time dateTime={isoDate(reviewed.on)}>{formatDate(reviewed.on)}</time>.
      </p>
    );
  }
  return (
    <p className={styles.status} data-pagefind-ignore>
      This page has not been clinically reviewed. It is written from the published research cited below.{" "}
      <Link href="/about#how-pages-are-checked-and-updated">How pages are checked</Link>.
    </p>
  );
}
