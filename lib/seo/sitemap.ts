// The sitemap: every page a search engine should know, with the date it last changed.
import type { MetadataRoute } from "next";
import type { ArticleSummary } from "../content";
import { SITE_URL } from "../site";
import { TOPICS } from "../topics";

const lastChange = (article: ArticleSummary) => article.meta.updated ?? article.meta.published;
const newest = (dates: readonly Date[]) => (dates.length > 0 ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined);

export interface SitemapInput {
  articles: readonly ArticleSummary[];
  /** When the home page's own text (content/pages/home.md) last changed, if it has one. */
  homeUpdated?: Date;
  /** When the About page last changed; no About page, no entry. */
  aboutUpdated?: Date;
}

/**
 * Home, About, every topic and every article. A page lists articles, so it changes when they do;
 * a topic with no articles yet has no honest date and gets none.
 */
export function sitemapEntries({ articles, homeUpdated, aboutUpdated }: SitemapInput, site: URL = SITE_URL): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, site).toString();
  const withDate = (path: string, lastModified: Date | undefined) => (lastModified ? { url: url(path), lastModified } : { url: url(path) });
  return [
    withDate("/", newest([...articles.map(lastChange), ...(homeUpdated ? [homeUpdated] : [])])),
    ...(aboutUpdated ? [withDate("/about", aboutUpdated)] : []),
    ...TOPICS.map((topic) => withDate(`/topics/${topic.id}`, newest(articles.filter((article) => article.meta.topic === topic.id).map(lastChange)))),
    ...articles.map((article) => withDate(`/articles/${article.slug}`, lastChange(article))),
  ];
}
