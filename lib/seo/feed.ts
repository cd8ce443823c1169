// RSS 2.0 feed of published articles, newest first. Built as text with every value escaped,
// so an ampersand or angle bracket in a title cannot break the XML.
import type { ArticleSummary } from "../content";
import { formatDate } from "../format";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "../site";
import { getTopic } from "../topics";
import { FEED_PATH } from "./metadata";

/** Escapes text for XML content and attributes, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const lastChange = (article: ArticleSummary) => article.meta.updated ?? article.meta.published;

/** Newest first by publication date; the title breaks ties so the order never depends on file order. */
export function newestFirst(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort(
    (a, b) => b.meta.published.getTime() - a.meta.published.getTime() || a.meta.title.localeCompare(b.meta.title),
  );
}

/** The latest listed change, if any: the feed marks the article's item as corrected. */
function latestChange(article: ArticleSummary) {
  return [...(article.meta.changes ?? [])].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
}

function item(article: ArticleSummary, site: URL): string {
  const link = escapeXml(new URL(`/articles/${article.slug}`, site).toString());
  const change = latestChange(article);
  const description = change
    ? `Corrected ${formatDate(change.date)}: ${change.change} ${article.meta.description}`
    : article.meta.description;
  return [
    "    <item>",
    `      <title>${escapeXml(article.meta.title)}</title>`,
    `      <link>${link}</link>`,
    `      <guid isPermaLink="true">${link}</guid>`,
    `      <description>${escapeXml(description)}</description>`,
    `      <category>${escapeXml(getTopic(article.meta.topic)?.label ?? article.meta.topic)}</category>`,
    ...(change ? ["      <category>Corrected</category>"] : []),
    `      <pubDate>${article.meta.published.toUTCString()}</pubDate>`,
    "    </item>",
  ].join("\n");
}

/** The feed for these articles (drafts are already left out by the content loader). */
export function buildFeed(articles: readonly ArticleSummary[], site: URL = SITE_URL): string {
  const ordered = newestFirst(articles);
  // The build date is the newest change to any article, so the feed is the same for the same content.
  const newest = articles.map(lastChange).sort((a, b) => b.getTime() - a.getTime())[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(SITE_NAME)}</title>`,
    `    <link>${escapeXml(new URL("/", site).toString())}</link>`,
    `    <description>${escapeXml(SITE_DESCRIPTION)}</description>`,
    "    <language>en-gb</language>",
    ...(newest ? [`    <lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
    `    <atom:link href="${escapeXml(new URL(FEED_PATH, site).toString())}" rel="self" type="application/rss+xml"/>`,
    ...ordered.map((article) => item(article, site)),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
