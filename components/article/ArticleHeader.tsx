import Link from "next/link";
import type { ArticleMeta } from "@/lib/content";
import { formatDate, isoDate } from "@/lib/format";
import { getTopic } from "@/lib/topics";
import styles from "./ArticleHeader.module.css";

export function ArticleHeader({ meta, readingMinutes }: { meta: ArticleMeta; readingMinutes: number }) {
  const topic = getTopic(meta.topic)!;
  return (
    <header>
      <p className="eyebrow" data-pagefind-meta="topic" data-pagefind-filter="topic">
        <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
      </p>
      <h1>{meta.title}</h1>
      <p className="lede">{meta.description}</p>
      <dl className={styles.facts}>
        <div>
          <dt>Published</dt>
          <dd>
            <time dateTime={isoDate(meta.published)}>{formatDate(meta.published)}</time>
          </dd>
        </div>
        {meta.updated && (
          <div>
            <dt>Updated</dt>
            <dd>
              <time dateTime={isoDate(meta.updated)}>{formatDate(meta.updated)}</time>
            </dd>
          </div>
        )}
        {meta.reviewed && (
          <div>
            <dt>Last reviewed</dt>
            <dd>
              <time dateTime={isoDate(meta.reviewed.on)}>{formatDate(meta.reviewed.on)}</time>
            </dd>
          </div>
        )}
        {meta.nextReview && (
          <div>
            <dt>Next review due</dt>
            <dd>
              <time dateTime={isoDate(meta.nextReview)}>{formatDate(meta.nextReview)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Reading time</dt>
          <dd>{readingMinutes} min</dd>
        </div>
      </dl>
    </header>
  );
}
