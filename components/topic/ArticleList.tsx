import Link from "next/link";
import type { ArticleSummary } from "@/lib/content";
import styles from "./ArticleList.module.css";

export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ul className={styles.list} data-article-list>
      {articles.map((article) => (
        <li key={article.slug}>
          <Link href={`/articles/${article.slug}`}>{article.meta.title}</Link>
          <p>{article.meta.description}</p>
          <p className="meta">{article.readingMinutes} min read</p>
        </li>
      ))}
    </ul>
  );
}
