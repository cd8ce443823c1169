// Content loading alone, in this process: read, validate, parse and split every article.
import { checkContent } from "../lib/content/load";

export interface ContentResult {
  articles: number;
  ms: number;
  msPerArticle: number;
  problems: number;
}

export function benchContent(root: string): ContentResult {
  const started = performance.now();
  const { content, problems } = checkContent(root, { includeDrafts: true });
  const ms = performance.now() - started;
  const articles = content.allArticles.length;
  return { articles, ms, msPerArticle: ms / Math.max(1, articles), problems: problems.length };
}
