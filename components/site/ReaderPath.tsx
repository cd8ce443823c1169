import Link from "next/link";
import type { ArticleSummary } from "@/lib/content";
import { TOPICS } from "@/lib/topics";

/** Every topic in reading order, each with its articles. */
export function ReaderPath({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ol className="reader-path">
      {TOPICS.map((topic) => {
        const inTopic = articles.filter((article) => article.meta.topic === topic.id);
        return (
          <li key={topic.id} className="reader-path__step">
            <h3>
              <Link href={`/topics/${topic.id}`}>{topic.label}</Link>
            </h3>
            <p className="reader-path__question">{topic.question}</p>
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
