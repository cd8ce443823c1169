// One article file: front matter (gray-matter + zod) and body (remark) into a typed
// Article, or the list of problems that stop it. Pure: (source text, file name) in.
import matter from "gray-matter";
import { basename } from "node:path";
import type { z } from "zod";
import { fleschKincaidGrade, textStats } from "../readability";
import { parseBody, type InternalLink, type Section } from "./body";
import { ContentError, fieldName } from "./errors";
import type { GlossaryTerm } from "./glossary";
import { missingSections } from "./section-refs";
import { articleMetaSchema, type ArticleMeta, type Source } from "./schema";
import { lineOfPath } from "./yaml-lines";

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

/**
 * File line of a front-matter field. gray-matter's raw front matter starts right after
 * the opening "---", so its line numbers are the file's; a missing field points at line 1.
 */
function fileLine(yaml: string, path: readonly PropertyKey[]): number {
  return Math.max(1, lineOfPath(yaml, path));
}

/**
 * gray-matter reads the language from the opening line ("---js") and evaluates JavaScript
 * front matter with eval, which would run a content file's code at build time. Only YAML
 * is allowed; this engine stands in for every other one.
 */
const yamlOnly = {
  engines: {
    javascript: () => {
      throw new Error("front matter must be YAML");
    },
    json: () => {
      throw new Error("front matter must be YAML");
    },
  },
};
const FENCE_WITH_LANGUAGE = /^\uFEFF?---[ \t]*(\S[^\r\n]*)/;

/** Splits front matter from body; a YAML error becomes a problem with its line. */
export function readFrontMatter(source: string, file: string): { data: unknown; yaml: string; body: string; bodyLine: number } | ContentError {
  const language = FENCE_WITH_LANGUAGE.exec(source)?.[1];
  if (language !== undefined) {
    return new ContentError(file, 1, "front matter", `must open with a line of just "---" (got "---${language}"); front matter is YAML`);
  }
  try {
    // Passing options also turns off gray-matter's cache, which is keyed by input text.
    const parsed = matter(source, yamlOnly);
    const bodyStart = source.length - parsed.content.length;
    const bodyLine = source.slice(0, bodyStart).split("\n").length - 1;
    if (!source.trimStart().startsWith("---")) {
      return new ContentError(file, 1, "front matter", 'is missing; start the file with a "---" line, the fields, and another "---" line');
    }
    return { data: parsed.data, yaml: parsed.matter, body: parsed.content, bodyLine };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    // js-yaml counts from 0 within the front matter, which starts at the end of the "---" line.
    return new ContentError(file, (mark?.line ?? 0) + 1, "front matter", `is not valid YAML: ${reason}`);
  }
}

/** Every zod issue as an editor-facing problem, with the line of the field. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], yaml: string, file: string): ContentError[] {
  return issues.flatMap((issue) => {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => new ContentError(file, fileLine(yaml, path), fieldName(path) || "front matter", issue.message));
  });
}

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
