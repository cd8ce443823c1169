import Link from "next/link";
import type { ArticleSummary } from "@/lib/content";

export function ArticleList({ articles }: { articles: readonly ArticleSummary[] }) {
  return (
    <ul className="article-list">
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
