// In `next dev`, saving one file should re-parse that file alone (issue 19). This keeps each
// file's latest parse with what it depended on, and hands it back while both are unchanged: a
// saved article re-parses itself; a saved registry entry re-parses only the articles citing it
// (and every article when an id appears or goes, since an unknown id is an error in any of
// them); a saved glossary, every article (any of them may use a term). One entry per file, so
// a long editing session holds no more than the content itself.
import type { ContentError } from "./errors";
import type { GlossaryTerm } from "./glossary";
import type { Registry } from "./sources/registry";

type Parsed<T> = { value: T; problems: ContentError[] };

/** What an article's parse reads besides its own text (load.ts passes its ArticleContext). */
export interface ArticleDependencies {
  terms: readonly GlossaryTerm[] | undefined;
  registry: Registry;
}

/** The registry ids an article cited, when it parsed well enough to say. */
function citedIds(value: unknown): string[] | undefined {
  const references = (value as { references?: { source: { id: string } }[] } | undefined)?.references;
  return references?.map((reference) => reference.source.id);
}

export class LatestParses {
  private readonly latest = new Map<string, { source: string; dependsOn: string; result: Parsed<unknown> }>();
  /** The part of an article's dependencies every article shares, once per load (keyed by its context). */
  private readonly shared = new WeakMap<ArticleDependencies, string>();
  private parsed = 0;

  /** Same shape as ParseCache.get, so that checkContent takes either; `article` is given for articles. */
  get<T>(file: string, source: string, parse: () => Parsed<T>, context = "", article?: ArticleDependencies): Parsed<T> {
    const previous = this.latest.get(file);
    if (previous && previous.source === source && previous.dependsOn === this.dependsOn(previous.result.value, context, article)) return previous.result as Parsed<T>;
    this.parsed++;
    const result = parse();
    this.latest.set(file, { source, dependsOn: this.dependsOn(result.value, context, article), result });
    return result;
  }

  /** How many files were parsed anew (the rest were handed back unchanged). */
  get parsedCount(): number {
    return this.parsed;
  }

  private dependsOn(value: unknown, context: string, article: ArticleDependencies | undefined): string {
    const ids = citedIds(value);
    if (!article || !ids) return context; // a page, or an article too broken to list its citations: the whole context
    const { terms, registry } = article;
    let shared = this.shared.get(article);
    if (shared === undefined) {
      shared = JSON.stringify([terms ?? [], [...registry.keys()].sort()]);
      this.shared.set(article, shared);
    }
    return JSON.stringify([shared, ids.map((id) => registry.get(id)?.source ?? null)]);
  }
}
