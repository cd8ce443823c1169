// Turns an article body into sections: heading ids, numbered citations, recorded
// internal links, and sanitized HTML per section. Pure: text in, data out.
// Each job is one transform in transforms/; they share one Markdown tree and run in the
// order below, which matters (each module says why it runs where it does).
import { parseMarkdown } from "./html";
import type { FigureName } from "../diagrams/names";
import type { GlossaryTerm } from "./schema";
import { markCallouts } from "./transforms/callouts";
import { numberCitations } from "./transforms/citations";
import { markFigures } from "./transforms/figures";
import { linkFirstUses } from "./transforms/glossary-links";
import { assignHeadingIds } from "./transforms/heading-ids";
import { recordInternalLinks } from "./transforms/internal-links";
import { findPlaceholders } from "./transforms/placeholders";
import { proseBlocks } from "./transforms/prose-blocks";
import { splitSections, type Section } from "./transforms/sections";
import type { BodyProblem, InternalLink } from "./transforms/shared";

export { PAGE_IDS } from "./transforms/heading-ids";
export type { Section, SectionPart, SubHeading } from "./transforms/sections";
export type { BodyProblem, InternalLink } from "./transforms/shared";

export interface ParsedBody {
  intro: { html: string; text: string } | undefined;
  sections: Section[];
  /** Every heading id in the article (## and ###), for checking links to sections. */
  ids: string[];
  /** Source ids in order of first citation. */
  citationOrder: string[];
  citationCount: number;
  links: InternalLink[];
  images: InternalLink[];
  /** The figures placed with `::figure` lines, in order, with their file lines. */
  figures: { name: FigureName; line: number }[];
  /** Prose blocks (paragraphs, list items, cells) without citations, for readability. */
  blocks: string[];
  problems: BodyProblem[];
}

export function parseBody(body: string, sourceIds: ReadonlySet<string>, lineOffset: number, glossary: readonly GlossaryTerm[] = []): ParsedBody {
  const tree = parseMarkdown(body);
  const callouts = markCallouts(tree, lineOffset);
  const figures = markFigures(tree, lineOffset);
  // The reference list's ids ("ref-<source>") and the callouts' are taken before any heading's.
  const headings = assignHeadingIds(tree, [...[...sourceIds].map((id) => `ref-${id}`), ...callouts.ids], lineOffset);
  const placeholders = findPlaceholders(tree, lineOffset);
  const recorded = recordInternalLinks(tree, lineOffset);
  const citations = numberCitations(tree, sourceIds, lineOffset);
  if (glossary.length > 0) linkFirstUses(tree, glossary);
  const blocks = proseBlocks(tree);
  const { intro, sections } = splitSections(tree, headings.idOf);
  return {
    intro,
    sections,
    ids: headings.ids,
    citationOrder: citations.citationOrder,
    citationCount: citations.citationCount,
    links: recorded.links,
    images: recorded.images,
    figures: figures.placed,
    blocks,
    problems: [...callouts.problems, ...figures.problems, ...headings.problems, ...placeholders, ...recorded.problems, ...citations.problems],
  };
}
