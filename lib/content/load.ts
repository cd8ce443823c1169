// Reads the content directory once per process and keeps the result. In development
// the memo is keyed by the files' modification times too, so a saved edit shows on
// the next page load without a restart, and only the files that changed are parsed again.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { settings } from "../settings.mjs";
import { TOPIC_IDS } from "../topics";
import { parseArticle, type Article } from "./article";
import { readFrontMatter } from "./front-matter";
import { ContentError, ContentErrorList, sortProblems, WHOLE_FILE } from "./errors";
import { parseGlossary, type Glossary, type GlossaryTerm } from "./glossary";
import { guardedParse, guardedRegistryParse, readContentFile } from "./input-guards";
import { articleLinks, checkLinks } from "./links";
import { parsePage, type Page } from "./page";
import { LatestParses } from "./latest-parses";
import { ParseCache } from "./parse-cache";
import { overdueReviews } from "./review";
import { parseSourceFile, registryProblems, toRegistry, type Registry, type RegistryEntry } from "./sources/registry";

export interface SiteContent {
  /** Articles readers can see, in the reader's path order (topic, then published, then title). */
  articles: Article[];
  /** Every valid article, drafts included. */
  allArticles: Article[];
  pages: Map<string, Page>;
  /** content/glossary.md, when there is one. */
  glossary: Glossary | undefined;
  /** Every work the site may cite (content/sources/), by id. */
  registry: Registry;
  /** Warnings (never-cited sources and the like); errors are thrown instead. */
  warnings: ContentError[];
}

export interface LoadOptions {
  /** Show drafts (development); in production builds they are left out. */
  includeDrafts?: boolean;
  /** Reuse parses made by another process of the same build (see parse-cache.ts; read-only here), or earlier in `next dev` (latest-parses.ts). */
  cache?: ParseCache | LatestParses;
  /** The day reviews are due against (default: today); a review due before it is a warning. */
  today?: Date;
}

/** The content root: $CONTENT_DIR or ./content. */
export function contentRoot(): string {
  return resolve(/*turbopackIgnore: true*/ settings().CONTENT_DIR);
}

export function articlesDir(root: string): string {
  // CONTENT_DIR may name the content root (with articles/ inside) or a folder of articles.
  const nested = join(root, "articles");
  return existsSync(nested) ? nested : root;
}

/** Whether anything is at `path`, a broken link included (existsSync follows links). */
const present = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** content/glossary.md; only in a content root (a plain folder of articles has none). */
export function glossaryFile(root: string): string | undefined {
  const file = join(root, "glossary.md");
  return articlesDir(root) !== root && present(file) ? file : undefined;
}

/** The names in a folder that match `pattern`, or why it cannot be listed (checkContent reports that). */
function listFiles(dir: string, pattern: RegExp): { files: string[]; error?: string } {
  if (!existsSync(dir)) return { files: [] };
  try {
    return { files: readdirSync(dir).filter((name) => pattern.test(name)).sort().map((name) => join(dir, name)) };
  } catch (error) {
    return { files: [], error: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

const MARKDOWN = /\.md$/i;
/** The registry's files: YAML (CSL-YAML) and JSON (CSL-JSON), as Zotero and DOI lookups export them. */
const REGISTRY = /\.(ya?ml|json)$/i;

const markdownFiles = (dir: string) => listFiles(dir, MARKDOWN).files;

/** content/sources/: the source registry; only in a content root. */
export function sourcesDir(root: string): string | undefined {
  const dir = join(root, "sources");
  return articlesDir(root) !== root && existsSync(dir) ? dir : undefined;
}

/** The registry's files (a folder or a broken link with such a name too: loadRegistry reports it). */
export function sourceFiles(root: string): string[] {
  const dir = sourcesDir(root);
  return dir ? listFiles(dir, REGISTRY).files : [];
}

/**
 * Every registry file parsed and checked across files (ids, DOIs and PMIDs once each). Never
 * throws for what is in (or at) a path: each file goes through the input guards (see input-guards.ts).
 */
export function loadRegistry(root: string, latest?: LatestParses): { registry: Registry; entries: RegistryEntry[]; problems: ContentError[] } {
  const entries: RegistryEntry[] = [];
  const problems: ContentError[] = [];
  for (const path of sourceFiles(root)) {
    const file = display(path);
    const read = readContentFile(path, file);
    if (read.source === undefined) {
      problems.push(...read.problems);
      continue;
    }
    const { source } = read;
    const parse = () => {
      const { entries, problems } = guardedRegistryParse(source, file, (text) => parseSourceFile(text, file));
      return { value: entries, problems };
    };
    const result = latest ? latest.get(file, source, parse) : parse();
    entries.push(...result.value);
    problems.push(...result.problems);
  }
  problems.push(...registryProblems(entries));
  return { registry: toRegistry(entries), entries, problems };
}

/** What an article's parse depends on besides its own text, and that as a cache key. */
export interface ArticleContext {
  terms: GlossaryTerm[] | undefined;
  registry: Registry;
  key: string;
}

export function articleContext(terms: GlossaryTerm[] | undefined, registry: Registry): ArticleContext {
  return { terms, registry, key: JSON.stringify([terms ?? [], [...registry.values()].map((entry) => entry.source)]) };
}

const pathOrder = (a: Article, b: Article) =>
  TOPIC_IDS.indexOf(a.meta.topic) - TOPIC_IDS.indexOf(b.meta.topic) ||
  a.meta.published.getTime() - b.meta.published.getTime() ||
  a.meta.title.localeCompare(b.meta.title);

/** A file's name as problems and the parse cache give it: relative to the project. */
export const displayPath = (file: string) => relative(process.cwd(), file) || file;
const display = displayPath;

export type FileKind = "article" | "page";

/** The Markdown files of a content root: articles first, then stand-alone pages. */
export function contentFiles(root: string): { kind: FileKind; path: string }[] {
  return [
    ...markdownFiles(articlesDir(root)).map((path) => ({ kind: "article" as const, path })),
    ...markdownFiles(join(root, "pages")).map((path) => ({ kind: "page" as const, path })),
  ];
}

/** The glossary of a content root, parsed (articles link the first use of each term to it). */
export function loadGlossary(root: string): { glossary: Glossary | undefined; problems: ContentError[] } {
  const path = glossaryFile(root);
  if (!path) return { glossary: undefined, problems: [] };
  const file = display(path);
  const read = readContentFile(path, file);
  if (read.source === undefined) return { glossary: undefined, problems: read.problems };
  const result = guardedParse(read.source, file, (text) => {
    const { glossary, problems } = parseGlossary(text, file);
    return { value: glossary, problems };
  });
  return { glossary: result.value, problems: result.problems };
}

/**
 * Reads and parses one file, through the cache when there is one. An article's parse also
 * depends on the glossary's terms and the registry, so they are part of its cache key. Never
 * throws for what is in (or at) the path: see input-guards.ts.
 */
export function parseContentFile(kind: "article", path: string, cache: ParseCache | LatestParses | undefined, context: ArticleContext): { value: Article | undefined; problems: ContentError[] };
export function parseContentFile(kind: "page", path: string, cache?: ParseCache | LatestParses): { value: Page | undefined; problems: ContentError[] };
export function parseContentFile(kind: FileKind, path: string, cache?: ParseCache | LatestParses, context?: ArticleContext): { value: Article | Page | undefined; problems: ContentError[] } {
  const file = display(path);
  const read = readContentFile(path, file);
  if (read.source === undefined) return { value: undefined, problems: read.problems };
  const { source } = read;
  const parse = () => parseContentSource(kind, source, file, context);
  if (cache instanceof LatestParses) return cache.get(file, source, parse, kind === "article" ? (context?.key ?? "") : "", kind === "article" ? context : undefined);
  return cache ? cache.get(file, source, parse, kind === "article" ? (context?.key ?? "") : "") : parse();
}

/**
 * Parses the text of one file behind the input guards' limits and net (see input-guards.ts); never
 * throws. An article without a context is parsed with no glossary and an empty registry.
 */
export function parseContentSource(kind: FileKind, source: string, file: string, context?: ArticleContext): { value: Article | Page | undefined; problems: ContentError[] } {
  return guardedParse<Article | Page>(source, file, (text) => {
    const result = kind === "article" ? parseArticle(text, file, { glossary: context?.terms, registry: context?.registry }) : parsePage(text, file);
    return { value: "article" in result ? result.article : result.page, problems: result.problems };
  });
}

/** An article's Markdown as written, without its front matter: what its Markdown copy is made from. */
export function articleBody(article: { file: string }): string {
  const front = readFrontMatter(readFileSync(article.file, "utf8"), article.file);
  if (front instanceof ContentError) throw front;
  return front.body;
}

/** Parses and checks everything; never throws for content problems, returns them. */
export function checkContent(root = contentRoot(), options: LoadOptions = {}): { content: SiteContent; problems: ContentError[]; files: number; slugs: Set<string>; context: ArticleContext } {
  const includeDrafts = options.includeDrafts ?? process.env.NODE_ENV !== "production";
  const problems: ContentError[] = [];
  const articles: Article[] = [];
  const slugs = new Map<string, string>();
  const dir = articlesDir(root);
  const { cache } = options;
  if (!existsSync(dir)) problems.push(new ContentError(display(dir), 1, "folder", "does not exist; articles go in content/articles/<slug>.md"));
  for (const [folder, pattern] of [[dir, MARKDOWN], [join(root, "pages"), MARKDOWN], [sourcesDir(root), REGISTRY]] as const) {
    if (folder === undefined) continue;
    const { error } = listFiles(folder, pattern);
    if (error) problems.push(new ContentError(display(folder), WHOLE_FILE, "folder", `cannot be listed (${error}); make it readable`));
  }
  const glossaryPath = glossaryFile(root);
  const { glossary, problems: glossaryProblems } = loadGlossary(root);
  problems.push(...glossaryProblems);
  const { registry, entries, problems: registryProblemList } = loadRegistry(root, cache instanceof LatestParses ? cache : undefined);
  problems.push(...registryProblemList);
  const context = articleContext(glossary?.terms, registry);
  for (const path of markdownFiles(dir)) {
    const file = display(path);
    const result = parseContentFile("article", path, cache, context);
    problems.push(...result.problems);
    const slug = basename(path).replace(/\.md$/i, "");
    const other = slugs.get(slug.toLowerCase());
    if (other) problems.push(new ContentError(file, 1, "slug", `"${slug}" is already used by ${other}; rename one of the files`));
    slugs.set(slug.toLowerCase(), file);
    if (result.value) articles.push(result.value);
  }
  const pages = new Map<string, Page>();
  for (const path of markdownFiles(join(root, "pages"))) {
    const result = parseContentFile("page", path, cache);
    problems.push(...result.problems);
    if (result.value) pages.set(result.value.slug, result.value);
  }
  const linking = [...articles.map(articleLinks), ...[...pages.values()].map((page) => page.links), ...(glossary ? [glossary.links] : [])];
  // A link to a file that exists but has errors is not reported again: its own errors say what to fix.
  const validSlugs = new Set(articles.map((article) => article.slug));
  const invalidSlugs = new Set([...slugs.keys()].filter((slug) => !validSlugs.has(slug)));
  const pageIds = new Map([["/glossary", glossary?.terms.map((term) => term.id) ?? []]]);
  problems.push(...checkLinks(linking, articles, resolve(/*turbopackIgnore: true*/ "public"), invalidSlugs, pageIds));
  articles.sort(pathOrder);
  problems.push(...uncitedSources(entries, articles));
  problems.push(...overdueReviews(articles, options.today ?? new Date()));
  return {
    content: {
      articles: articles.filter((article) => includeDrafts || !article.meta.draft),
      allArticles: articles,
      pages,
      glossary,
      registry,
      warnings: problems.filter((problem) => problem.severity === "warning"),
    },
    problems: sortProblems(problems),
    files: slugs.size + pages.size + (glossaryPath ? 1 : 0) + sourceFiles(root).length,
    slugs: new Set(slugs.keys()),
    context,
  };
}

/** A registry entry no article cites is a warning: it may be a typo in an id, or a leftover. */
function uncitedSources(entries: readonly RegistryEntry[], articles: readonly Article[]): ContentError[] {
  const cited = new Set(articles.flatMap((article) => article.references.map((reference) => reference.source.id)));
  return entries
    .filter((entry) => !cited.has(entry.source.id))
    .map((entry) => new ContentError(entry.file, entry.line, "id", `"${entry.source.id}" is cited by no article; cite it with [@${entry.source.id}] or remove the entry`, "warning"));
}

const memo = new Map<string, { key: string; files: string[]; content: SiteContent; errors: ContentError[]; context: ArticleContext }>();
/** In development: each file's latest parse, so that a saved file is the only one parsed again. */
const latestParses = new LatestParses();

/** Fingerprint of the content files, one entry per file; only computed in development. */
function fingerprint(root: string): string[] {
  return [...markdownFiles(articlesDir(root)), ...markdownFiles(join(root, "pages")), ...(glossaryFile(root) ? [glossaryFile(root)!] : []), ...sourceFiles(root)]
    .map((file) => {
      try {
        const stats = statSync(file);
        return `${file}:${stats.mtimeMs}:${stats.size}`;
      } catch {
        return `${file}:missing`; // a broken link: checkContent reports it
      }
    });
}

function load(root: string) {
  const dev = process.env.NODE_ENV === "development";
  const files = dev ? fingerprint(root) : [];
  const key = files.join("|");
  const cached = memo.get(root);
  if (cached && cached.key === key) return cached;
  // A production build loads the content in several processes; the first parse serves the rest.
  const { content, problems, context } = checkContent(root, process.env.NODE_ENV === "production" ? { cache: ParseCache.open() } : dev ? { cache: latestParses } : {});
  const entry = { key, files, content, errors: problems.filter((problem) => problem.severity === "error"), context };
  memo.set(root, entry);
  return entry;
}

/**
 * All content, loaded once per process (per directory). Any content error throws
 * ContentErrorList, so a production build never publishes half of it. In development
 * the valid files are still served and the errors are shown in the page instead
 * (see contentErrorsForDevelopment), so an editor's typo is not a crash.
 */
export function loadContent(root = contentRoot()): SiteContent {
  const { content, errors } = load(root);
  if (errors.length > 0 && process.env.NODE_ENV !== "development") throw new ContentErrorList(errors);
  return content;
}

/** The current content errors while running `next dev`; always empty otherwise. */
export function contentErrorsForDevelopment(root = contentRoot()): ContentError[] {
  return process.env.NODE_ENV === "development" ? load(root).errors : [];
}

/**
 * In `next dev`, for the live reload (content-changes.ts): a saved article as its page will show it
 * and its own errors. When nothing but that file changed since the last load, it alone is parsed,
 * against the last load's glossary and registry (and kept in latestParses, so that the next load
 * reuses this very parse); otherwise everything is loaded as usual. The checks across files
 * (links, slugs) wait for that next load: they do not change what the article's page shows.
 */
export function latestArticle(root: string, path: string): { article: Article | undefined; errors: ContentError[] } {
  const file = display(path);
  const cached = memo.get(root);
  const files = fingerprint(root);
  const others = (entries: string[]) => entries.filter((entry) => !entry.startsWith(`${path}:`)).join("|");
  if (cached && cached.files.length === files.length && others(cached.files) === others(files)) {
    const result = parseContentFile("article", path, latestParses, cached.context);
    return { article: result.value, errors: result.problems.filter((problem) => problem.severity === "error") };
  }
  const { content, errors } = load(root);
  return { article: content.allArticles.find((article) => article.file === file), errors: errors.filter((error) => error.file === file) };
}
