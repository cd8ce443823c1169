// What the tools (planner, check, aftercare timeline, glossary) ask of the content: the
// typed data in front matter, with the article it lives in, so every figure has a source.
import type { Article } from "./article";
import type { Glossary } from "./glossary";
import { loadContent } from "./load";
import type { Condition, Plan, TimelineStep } from "./schema";

/** The first published article holding a non-empty list in this front-matter field. */
function articleWith(field: "plans" | "conditions" | "timeline"): Article | undefined {
  return loadContent().articles.find((article) => (article.meta[field]?.length ?? 0) > 0);
}

export function getPlanner(): { article: Article; plans: Plan[] } | undefined {
  const article = articleWith("plans");
  return article && { article, plans: article.meta.plans! };
}

export function getCheck(): { article: Article; conditions: Condition[] } | undefined {
  const article = articleWith("conditions");
  return article && { article, conditions: article.meta.conditions! };
}

/** Articles with an aftercare timeline, for its printable page. */
export function getTimelineArticles(): { article: Article; timeline: TimelineStep[] }[] {
  return loadContent()
    .articles.filter((article) => (article.meta.timeline?.length ?? 0) > 0)
    .map((article) => ({ article, timeline: article.meta.timeline! }));
}

export function getGlossary(): Glossary | undefined {
  return loadContent().glossary;
}

/** Title of the ## or ### heading with this id, for link text. */
export function headingTitle(article: Article, id: string): string | undefined {
  for (const section of article.sections) {
    if (section.id === id) return section.title;
    const sub = section.headings.find((heading) => heading.id === id);
    if (sub) return sub.title;
  }
  return undefined;
}
