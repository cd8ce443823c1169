// Gives every ## and ### heading a stable id: an explicit "{#id}" at the end of the heading
// (removed from its text), else one made from its text. Runs first: the links and the
// glossary linker below add nodes, and a heading's title must be its text as written.
import GithubSlugger from "github-slugger";
import type { Heading, Root } from "mdast";
import { visit } from "unist-util-visit";
import { plainText } from "./plain-text";
import { lineIn, type BodyProblem } from "./shared";

/**
 * Ids the page itself gives to elements around the article (the skip link's target, the
 * reference list, GFM's footnote heading). A heading must not take one: two elements with
 * one id break the link to it. tests/unit/page-ids.test.ts keeps this list in step with
 * the components.
 */
export const PAGE_IDS = ["main", "in-brief", "reader-path", "at-a-glance", "references", "footnote-label", "search-query", "site-search-query", "content-errors-title",
  // The tools' pages and the aftercare timeline
  "aftercare-timeline", "check-form-title", "check-result-title", "error-summary-title", "goal", "interval", "interval-hint",
  "plan-facts-title", "plan-form-title", "plan-result-title", "sessions", "sessions-hint", "start", "start-hint", "unit",
  // The evidence base (/studies and the study pages)
  "grading", "by-design", "by-topic", "what-it-found", "not-checked", "cited-by",
  // The article's page history (components/article/PageHistory.tsx)
  "page-history",
  // The end of an article or study page: reporting a mistake
  "page-feedback",
  // The figures a `::figure` line places in a section (components/diagrams)
  "figure-skin-layers", "figure-healing-steps", "figure-evidence-chart", "figure-course-timeline"] as const;
/** Prefix of the ids of GFM footnotes. */
const FOOTNOTE_ID_PREFIX = "user-content-";

const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface HeadingIds {
  /** Every heading id (## and ###) in document order. */
  ids: string[];
  /** The id of each ## and ### heading node, for splitting into sections. */
  idOf: Map<Heading, string>;
  problems: BodyProblem[];
}

/**
 * Explicit {#id}s are read and cut from the text first; then each heading takes its explicit
 * id or one made from its title. PAGE_IDS and `reserved` (the reference list's
 * "ref-<source>" ids) are taken before any heading's, so generated ids step around them; a
 * generated id equal to an explicit one is reported as used twice.
 * A ### heading gets its id on the node (an id attribute in the HTML); a ## heading's id
 * goes on its section. Mutates the tree.
 */
export function assignHeadingIds(tree: Root, reserved: Iterable<string>, lineOffset: number): HeadingIds {
  const lineOf = lineIn(lineOffset);
  const problems: BodyProblem[] = [];
  const pageIds = new Set<string>([...PAGE_IDS, ...reserved]);
  const slugger = new GithubSlugger();
  for (const id of pageIds) slugger.slug(id);
  const idOf = new Map<Heading, string>();
  const ids: string[] = [];
  const headings: Heading[] = [];
  visit(tree, "heading", (heading) => {
    if (heading.depth === 2 || heading.depth === 3) headings.push(heading);
  });
  const explicit = new Map<Heading, string>();
  for (const heading of headings) {
    const last = heading.children.at(-1);
    const match = last?.type === "text" ? EXPLICIT_ID.exec(last.value) : null;
    if (!match || last?.type !== "text") continue;
    last.value = last.value.slice(0, match.index);
    const id = match[1]!.trim();
    if (!KEBAB.test(id)) {
      problems.push({ line: lineOf(heading), field: "heading", reason: `id "{#${id}}" must be kebab-case, like {#how-it-works}` });
      continue;
    }
    if (pageIds.has(id) || id.startsWith(FOOTNOTE_ID_PREFIX)) {
      problems.push({ line: lineOf(heading), field: "heading", reason: `id "{#${id}}" is used by the page itself; choose another, like {#how-it-works}` });
      continue;
    }
    explicit.set(heading, id);
  }
  const taken = new Map<string, number>();
  for (const heading of headings) {
    const title = plainText(heading).trim();
    if (title.includes("{#")) {
      problems.push({ line: lineOf(heading), field: "heading", reason: `"{#" starts an id, but what follows is not one; end the heading with a kebab-case id like {#how-it-works}` });
    }
    if (!title) {
      problems.push({ line: lineOf(heading), field: "heading", reason: `has no text; write a title after "${"#".repeat(heading.depth)} "` });
    }
    const id = explicit.get(heading) ?? slugger.slug(title || "section");
    if (id.startsWith(FOOTNOTE_ID_PREFIX)) {
      problems.push({ line: lineOf(heading), field: "heading", reason: `id "${id}" starts like the page's footnote ids; give the heading an id such as {#how-it-works}` });
    }
    if (taken.has(id)) {
      problems.push({ line: lineOf(heading), field: "heading", reason: `id "${id}" is already used by the heading on line ${taken.get(id)}; change one of them` });
    }
    taken.set(id, lineOf(heading));
    idOf.set(heading, id);
    ids.push(id);
    if (heading.depth === 3) heading.data = { ...heading.data, hProperties: { id } };
  }
  return { ids, idOf, problems };
}
