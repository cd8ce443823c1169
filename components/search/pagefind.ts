// The part of Pagefind's browser API the search page uses. The bundle is written by
// `npm run search:index` to public/pagefind and loaded at run time, never bundled.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
export interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
  url: string;
  title: string;
  topic?: string;
  /** The excerpt as text, with the matched words marked; never parsed as HTML. */
  snippet: { text: string; marked: boolean }[];
}

const MAX_HITS = 20;
const BUNDLE = "/pagefind/pagefind.js";

export function loadPagefind(): Promise<Pagefind> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ BUNDLE) as Promise<Pagefind>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name]!);

/** Pagefind's excerpt is HTML with <mark> around matches; split it into text parts instead of injecting it. */
export function snippetParts(excerpt: string): SearchHit["snippet"] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith("<mark>");
      return { text: decode((marked ? part.slice(6, -7) : part).replace(/<[^>]*>/g, "")), marked };
    });
}

export async function searchArticles(pagefind: Pagefind, query: string): Promise<SearchHit[]> {
  const search = await pagefind.search(query);
  const data = await Promise.all((search?.results ?? []).slice(0, MAX_HITS).map((result) => result.data()));
  return data.map(({ url, excerpt, meta }) => ({ url, title: meta.title ?? url, topic: meta.topic, snippet: snippetParts(excerpt) }));
}
