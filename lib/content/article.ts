// One article file: front matter (gray-matter + zod) and body (remark) into a typed
// Article, or the list of problems that stop it. Pure: (source text, file name) in.
import { basename } from "node:path";
import { fleschKincaidGrade, textStats } from "../readability";
import { parseBody, type InternalLink, type Section } from "./body";
import { ContentError, fieldName } from "./errors";
import { fileLine, issuesToProblems, readFrontMatter } from "./front-matter";
import { missingSections } from "./section-refs";
import { articleMetaSchema, type ArticleMeta, type GlossaryTerm, type Source } from "./schema";

const WORDS_PER_MINUTE = 220;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Reference {
  /** Position in the reference list: cited sources by first use, then the rest. */
  number: number;
  source: Source;
  cited: boolean;
}

export interface Article {
  slug: string;
  file: string;
  meta: ArticleMeta;
  intro: { html: string; text: string } | undefined;
  sections: Section[];
  references: Reference[];
  /** Every heading id (## and ###), for links to sections. */
  ids: string[];
  wordCount: number;
  readingMinutes: number;
  readabilityGrade: number;
  citationCount: number;
  links: InternalLink[];
  images: InternalLink[];
}

/** What list pages need: no bodies. */
export type ArticleSummary = Pick<Article, "slug" | "meta" | "readingMinutes" | "wordCount">;

export interface ParseOptions {
  /** Terms whose first use in the body links to the glossary. */
  glossary?: readonly GlossaryTerm[];
}

export type ParseResult = { article: Article; problems: ContentError[] } | { article: undefined; problems: ContentError[] };

/** Source ids cited by front-matter data, in order: claims, plans, conditions, timeline. */
function frontMatterCitations(meta: ArticleMeta): string[] {
  return [
    ...(meta.claims ?? []).flatMap((claim) => claim.sources),
    ...(meta.plans ?? []).flatMap((plan) => [...(plan.sources ?? []), ...(plan.maintenance?.sources ?? [])]),
    ...(meta.conditions ?? []).flatMap((condition) => condition.sources ?? []),
    ...(meta.timeline ?? []).flatMap((step) => step.sources ?? []),
  ];
}

export function parseArticle(source: string, file: string, options: ParseOptions = {}): ParseResult {
  const slug = basename(file).replace(/\.md$/i, "");
  const problems: ContentError[] = [];
  if (!SLUG.test(slug)) {
    problems.push(new ContentError(file, 1, "file name", `"${basename(file)}" must be kebab-case (lowercase words joined by hyphens, like "acne-scars.md"); it becomes the URL`));
  }
  const front = readFrontMatter(source, file);
  if (front instanceof ContentError) return { article: undefined, problems: [...problems, front] };

  const parsed = articleMetaSchema.safeParse(front.data ?? {});
  if (!parsed.success) problems.push(...issuesToProblems(parsed.error.issues, front.yaml, file));
  // Parse the body even when the front matter is bad, so that every problem shows at once.
  const sources = parsed.success ? parsed.data.sources : [];
  const rawSources = (front.data as { sources?: unknown } | null)?.sources;
  const sourceIds = new Set(
    parsed.success ? sources.map((s) => s.id) : Array.isArray(rawSources) ? rawSources.map((s: { id?: unknown }) => String(s?.id)) : [],
  );
  const body = parseBody(front.body, sourceIds, front.bodyLine, options.glossary);
  problems.push(...body.problems.map((p) => new ContentError(file, p.line, p.field, p.reason)));
  for (const ref of missingSections(front.data, body.ids)) {
    problems.push(new ContentError(file, fileLine(front.yaml, ref.path), fieldName(ref.path), `"${ref.id}" is not a heading of this article; use one of: ${body.ids.join(", ")}`));
  }
  if (!parsed.success) return { article: undefined, problems };

  const meta = parsed.data;
  if (body.citationCount === 0 && meta.sources.length === 0) {
    // Allowed by the schema, but worth saying: a health article with no sources.
    problems.push(new ContentError(file, fileLine(front.yaml, ["sources"]), "sources", "is empty; cite at least one source", "warning"));
  }
  // The claims table and the tools' data cite sources too; they are numbered after the body's citations.
  const citedInOrder = [...new Set([...body.citationOrder, ...frontMatterCitations(meta)])];
  const cited = new Set(citedInOrder);
  for (const [index, source] of meta.sources.entries()) {
    if (!cited.has(source.id)) {
      problems.push(new ContentError(file, fileLine(front.yaml, ["sources", index, "id"]), `sources[${index}].id`, `"${source.id}" is never cited; cite it with [@${source.id}] or remove it`, "warning"));
    }
  }
  const byId = new Map(meta.sources.map((source) => [source.id, source]));
  const references: Reference[] = [
    ...citedInOrder.map((id) => ({ source: byId.get(id)!, cited: true })),
    ...meta.sources.filter((source) => !cited.has(source.id)).map((source) => ({ source, cited: false })),
  ].map((reference, index) => ({ ...reference, number: index + 1 }));

  const { words } = textStats(body.blocks);
  return {
    article: {
      slug,
      file,
      meta,
      intro: body.intro,
      sections: body.sections,
      references,
      ids: body.ids,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      readabilityGrade: fleschKincaidGrade(body.blocks),
      citationCount: body.citationCount,
      links: body.links,
      images: body.images,
    },
    problems,
  };
}
