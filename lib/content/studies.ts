// The evidence base as readers browse it: every registry entry with the article sections and
// claims that cite it, for /studies and /studies/<id>.
import type { TopicId } from "../topics";
import type { Article } from "./article";
import { loadContent } from "./load";
import type { RegistryEntry } from "./sources/registry";
import { designOf, type Design, type Source } from "./sources/schema";

export interface Citing {
  slug: string;
  title: string;
  topic: TopicId;
  /** Sections of the article that cite the work, with their ids for links. */
  sections: { id: string; title: string }[];
  /** Rows of the article's claims table that rest on the work. */
  claims: string[];
  /** Whether the introduction (before the first section) cites it. */
  intro: boolean;
}

export interface Study {
  source: Source;
  design: Design | undefined;
  citedBy: Citing[];
}

function citing(article: Article, id: string): Citing | undefined {
  const sections = article.sections.filter((section) => section.citations.includes(id)).map(({ id: sectionId, title }) => ({ id: sectionId, title }));
  const claims = (article.meta.claims ?? []).filter((claim) => claim.sources.includes(id)).map((claim) => claim.claim);
  const intro = Boolean(article.intro?.html.includes(`href="#ref-${id}"`));
  const cited = article.references.some((reference) => reference.source.id === id);
  if (!cited) return undefined;
  return { slug: article.slug, title: article.meta.title, topic: article.meta.topic, sections, claims, intro };
}

/** Each work's citing articles, worked out once per load of the content: one pass over the articles. */
const citedByFor = new WeakMap<readonly Article[], Map<string, Citing[]>>();

function citedBy(articles: readonly Article[]): Map<string, Citing[]> {
  let index = citedByFor.get(articles);
  if (index) return index;
  index = new Map();
  for (const article of articles)
    for (const id of new Set(article.references.map((reference) => reference.source.id))) {
      const list = index.get(id) ?? index.set(id, []).get(id)!;
      list.push(citing(article, id)!);
    }
  citedByFor.set(articles, index);
  return index;
}

function study(entry: RegistryEntry, articles: readonly Article[]): Study {
  const { source } = entry;
  return { source, design: designOf(source), citedBy: citedBy(articles).get(source.id) ?? [] };
}

/** Every work of the registry, in the order of its files, with what cites it. */
export function getStudies(): Study[] {
  const { registry, articles } = loadContent();
  return [...registry.values()].map((entry) => study(entry, articles));
}

export function getStudy(id: string): Study | undefined {
  const { registry, articles } = loadContent();
  const entry = registry.get(id);
  return entry && study(entry, articles);
}
