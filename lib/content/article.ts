// One article file: front matter (gray-matter + zod) and body (remark) into a typed
// Article, or the list of problems that stop it. Pure: (source text, file name) in.
import { basename } from "node:path";
import { FIGURES, figureSources } from "../diagrams/names";
import { fleschKincaidGrade, textStats } from "../readability";
import { parseBody, type InternalLink, type Section } from "./body";
import { ContentError, fieldName } from "./errors";
import { fileLine, issuesToProblems, readFrontMatter } from "./front-matter";
import { missingSections } from "./section-refs";
import { articleMetaSchema, type ArticleMeta, type GlossaryTerm } from "./schema";
import { gradeTooHigh } from "./sources/grading";
import type { Registry } from "./sources/registry";
import { designOf, type Source } from "./sources/schema";

const WORDS_PER_MINUTE = 220;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Reference {
  /** Position in the reference list: numbered by first citation (body first, then the claims table and the tools' data). */
  number: number;
  source: Source;
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
  /** The file line of `nextReview`, for the warning when a review is overdue (see review.ts). */
  nextReviewLine: number;
}

/** What list pages need: no bodies. */
export type ArticleSummary = Pick<Article, "slug" | "meta" | "readingMinutes" | "wordCount">;

export interface ParseOptions {
  /** Terms whose first use in the body links to the glossary. */
  glossary?: readonly GlossaryTerm[];
  /** Every work the site may cite (content/sources/); `[@id]` resolves against it. */
  registry?: Registry;
}

/**
 * Front-matter lists that cite sources, with their paths: the claims table and the tools' data.
 * Reads the raw front matter, so unknown ids are reported even when other fields are invalid.
 */
function frontMatterCitationPaths(data: unknown): { path: (string | number)[]; id: string }[] {
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const field = (value: unknown, key: string): unknown => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined);
  const at = (path: (string | number)[], ids: unknown) => list(ids).flatMap((id, index) => (typeof id === "string" ? [{ path: [...path, index], id }] : []));
  return [
    ...list(field(data, "claims")).flatMap((claim, index) => at(["claims", index, "sources"], field(claim, "sources"))),
    ...list(field(data, "plans")).flatMap((plan, index) => [...at(["plans", index, "sources"], field(plan, "sources")), ...at(["plans", index, "maintenance", "sources"], field(field(plan, "maintenance"), "sources")),
      ...at(["plans", index, "results", "sources"], field(field(plan, "results"), "sources")),
    ]),
    ...list(field(data, "conditions")).flatMap((condition, index) => at(["conditions", index, "sources"], field(condition, "sources"))),
    ...list(field(data, "timeline")).flatMap((step, index) => at(["timeline", index, "sources"], field(step, "sources"))),
  ];
}

export type ParseResult = { article: Article; problems: ContentError[] } | { article: undefined; problems: ContentError[] };

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
  const registry: Registry = options.registry ?? new Map();
  const body = parseBody(front.body, new Set(registry.keys()), front.bodyLine, options.glossary);
  problems.push(...body.problems.map((p) => new ContentError(file, p.line, p.field, p.reason)));
  for (const ref of missingSections(front.data, body.ids)) {
    problems.push(new ContentError(file, fileLine(front.yaml, ref.path), fieldName(ref.path), `"${ref.id}" is not a heading of this article; use one of: ${body.ids.join(", ")}`));
  }
  const fromFrontMatter = frontMatterCitationPaths(front.data);
  for (const { path, id } of fromFrontMatter) {
    if (!registry.has(id)) problems.push(new ContentError(file, fileLine(front.yaml, path), fieldName(path), `unknown source id "${id}"; it is not in the source registry (content/sources/): add the work there, or fix the id`));
  }
  if (!parsed.success) return { article: undefined, problems };

  const meta = parsed.data;
  if (body.citationCount === 0 && fromFrontMatter.length === 0) {
    // Allowed, but worth saying: a health article that cites nothing.
    problems.push(new ContentError(file, 1, "citations", "the article cites no source; cite the registry with [@id]", "warning"));
  }
  // A claim may not be graded above what the designs of its sources allow (sources/grading.ts).
  for (const [index, claim] of (meta.claims ?? []).entries()) {
    const designs = claim.sources.flatMap((id) => {
      const entry = registry.get(id);
      const design = entry && designOf(entry.source);
      return design ? [design] : [];
    });
    const tooHigh = gradeTooHigh(claim.grade, designs);
    if (tooHigh) problems.push(new ContentError(file, fileLine(front.yaml, ["claims", index, "grade"]), `claims[${index}].grade`, tooHigh));
  }
  // A figure that draws the article's data needs that data; a drawing's own figures cite the registry.
  const figureIds: string[] = [];
  for (const { name, line } of body.figures) {
    const needs = FIGURES[name].needs;
    if (needs && !(meta[needs] && meta[needs].length > 0)) problems.push(new ContentError(file, line, "figure", `the figure "${name}" draws this article's \`${needs}\`, and it has none; add them, or remove the figure`));
    for (const id of figureSources(name)) {
      if (registry.has(id)) figureIds.push(id);
      else problems.push(new ContentError(file, line, "figure", `the figure "${name}" cites "${id}", which is not in the source registry (content/sources/)`));
    }
  }
  // The claims table, the tools' data and the figures cite sources too; they are numbered after the body's citations.
  const citedInOrder = [...new Set([...body.citationOrder, ...fromFrontMatter.map(({ id }) => id).filter((id) => registry.has(id)), ...figureIds])];
  const references: Reference[] = citedInOrder.map((id, index) => ({ number: index + 1, source: registry.get(id)!.source }));

  const { words } = textStats(body.blocks);
  return {
    article: {
      slug,
      file,
      meta,
      intro: body.intro,
      // A section cites what its figures draw from too (the study pages' "cited by" list it).
      sections: body.sections.map((section) => {
        const drawn = section.parts.flatMap((part) => ("figure" in part ? figureSources(part.figure).filter((id) => registry.has(id)) : []));
        return drawn.length > 0 ? { ...section, citations: [...new Set([...section.citations, ...drawn])] } : section;
      }),
      references,
      ids: body.ids,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      readabilityGrade: fleschKincaidGrade(body.blocks),
      citationCount: body.citationCount,
      links: body.links,
      images: body.images,
      nextReviewLine: fileLine(front.yaml, ["nextReview"]),
    },
    problems,
  };
}
