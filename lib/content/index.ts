// What the app may ask of the content. Pages import these named functions; only
// lib/ touches the file system.
import { siteRoutes, type SiteRoute } from "../routes";
import type { TopicId } from "../topics";
import type { Article, ArticleSummary } from "./article";
import { ABOUT_REPORT_ID, ABOUT_REPORT_PATH, reportTarget, type ReportTarget } from "../report";
import { MEDICAL_NOTICE, SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "../site";
import { articleMarkdown, llmsTxt, type SiteInfo } from "./ai-copies";
import { articleBody, loadContent } from "./load";
export { contentErrorsForDevelopment } from "./load";
import type { Page } from "./page";

export type { Article, ArticleSummary, Reference } from "./article";
export type { Section, SectionPart, SubHeading } from "./body";
export type { Page } from "./page";
export type { ArticleMeta, Change, Claim, EvidenceGrade } from "./schema";
export type { Design, Source } from "./sources/schema";
export { designOf, issuedYear, shortCitation } from "./sources/schema";
export { ContentError, ContentErrorList } from "./errors";
export type { Condition, Outcome, Plan, TimelineStep } from "./schema";
export type { Glossary, GlossaryTerm } from "./glossary";
import { getTimelineArticles } from "./tools";
export { getCheck, getGlossary, getPlanner, getTimelineArticles, headingTitle } from "./tools";

const summarize = ({ slug, meta, readingMinutes, wordCount }: Article): ArticleSummary => ({ slug, meta, readingMinutes, wordCount });

/** Every published article in the reader's path order. */
export function getArticleSummaries(): ArticleSummary[] {
  return loadContent().articles.map(summarize);
}

export function getArticle(slug: string): Article | undefined {
  return loadContent().articles.find((article) => article.slug === slug);
}

export function getTopicArticles(topic: TopicId): ArticleSummary[] {
  return getArticleSummaries().filter((article) => article.meta.topic === topic);
}

/** The articles before and after this one on the reader's path. */
export function getNeighbours(slug: string): { previous?: ArticleSummary; next?: ArticleSummary } {
  const list = getArticleSummaries();
  const index = list.findIndex((article) => article.slug === slug);
  if (index < 0) return {};
  return { previous: list[index - 1], next: list[index + 1] };
}

export function getPage(slug: string): Page | undefined {
  return loadContent().pages.get(slug);
}

/** Every route of the site for the loaded content (lib/routes.ts). */
export function getSiteRoutes(): SiteRoute[] {
  return siteRoutes({
    articles: getArticleSummaries().map(({ slug, meta }) => ({ slug, topic: meta.topic, lastModified: meta.updated ?? meta.published })),
    timelineSlugs: getTimelineArticles().map(({ article }) => article.slug),
    homeUpdated: getPage("home")?.meta.updated,
    aboutUpdated: getPage("about")?.meta.updated,
    hasAbout: getPage("about") !== undefined,
    studyIds: [...loadContent().registry.keys()],
  });
}
export { getStudies, getStudy, type Citing, type Study } from "./studies";

const SITE: SiteInfo = { name: SITE_NAME, description: SITE_DESCRIPTION, url: SITE_URL, notice: MEDICAL_NOTICE };

/** An article as Markdown for AI assistants (/articles/<slug>.md), or undefined for no such article. */
export function getArticleMarkdown(slug: string): string | undefined {
  const article = getArticle(slug);
  return article && articleMarkdown(article, articleBody(article), SITE);
}

/** /llms.txt for the loaded content. */
export function getLlmsTxt(): string {
  const { registry } = loadContent();
  return llmsTxt({ articles: getArticleSummaries(), sources: [...registry.values()].map((entry) => entry.source), hasAbout: getPage("about") !== undefined }, SITE);
}

/** Where "Report a mistake" links go: the settings' target, else About's "Report a mistake" section (or About), else nowhere. */
export function getReportTarget(): ReportTarget {
  const about = getPage("about");
  return { ...reportTarget(), about: about && (about.links.ids.includes(ABOUT_REPORT_ID) ? ABOUT_REPORT_PATH : "/about") };
}
