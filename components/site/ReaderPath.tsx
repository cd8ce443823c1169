import Link from "next/link";
import type { ArticleSummary } from "@/lib/content";
import { TOPICS } from "@/lib/topics";
import styles from "./ReaderPath.module.css";

/** Every topic in reading order, each with its articles. */
export function ReaderPath({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ol className={styles.path}>
      {TOPICS.map((topic) => {
        const inTopic = articles.filter((article) => article.meta.topic === topic.id);
        return (
          <li key={topic.id} className={styles.step}>
            <h3>
              <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
            </h3>
            <p className={styles.question}>{topic.question}</p>
            {inTopic.length > 0 && (
              <ul>
                {inTopic.map((article) => (
                  <li key={article.slug}>
                    <Link href={`/articles/${article.slug}`}>{article.meta.title}</Link>
                    <span className="meta"> · {article.readingMinutes} min</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
