// Turns an article body into sections: heading ids, numbered citations, recorded
// internal links, and sanitized HTML per section. Pure: text in, data out.
import GithubSlugger from "github-slugger";
import type { Heading, Link, PhrasingContent, Root, RootContent, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { linkFirstUses } from "./transforms/glossary-links";
import { mdastToHtml, parseMarkdown } from "./html";
import { PLACEHOLDER, type GlossaryTerm } from "./schema";

export interface SubHeading {
  id: string;
  title: string;
}

export interface Section {
  /** Stable id from the heading, unique within the article: /articles/<slug>#<id> */
  id: string;
  title: string;
  html: string;
  /** Plain text of the section's prose, for search and readability. */
  text: string;
  /** Ids of the ### headings inside the section. */
  headings: SubHeading[];
}

/** A link from an article to another page of the site, checked once all articles are known. */
export interface InternalLink {
  href: string;
  line: number;
}

/** A problem found while parsing the body; the caller adds the file name. */
export interface BodyProblem {
  line: number;
  field: string;
  reason: string;
}

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
  /** Prose blocks (paragraphs, list items, cells) without citations, for readability. */
  blocks: string[];
  problems: BodyProblem[];
}

/**
 * Ids the page itself gives to elements around the article (the skip link's target, the
 * reference list, GFM's footnote heading). A heading must not take one: two elements with
 * one id break the link to it. tests/unit/page-ids.test.ts keeps this list in step with
 * the components.
 */
export const PAGE_IDS = ["main", "in-brief", "reader-path", "at-a-glance", "references", "footnote-label", "search-query", "site-search-query", "content-errors-title",
  // The tools' pages and the aftercare timeline
  "aftercare-timeline", "check-form-title", "check-result-title", "error-summary-title", "goal", "interval", "interval-hint",
  "plan-facts-title", "plan-form-title", "plan-result-title", "sessions", "sessions-hint", "start", "start-hint", "unit"] as const;
/** Prefix of the ids of GFM footnotes. */
const FOOTNOTE_ID_PREFIX = "user-content-";

const CITATION = /\[(@[^\]\s;]+(?:\s*;\s*@[^\]\s;]+)*)\]/g;
const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const BLOCK_PARENTS = new Set(["root", "blockquote", "list", "listItem", "table", "tableRow"]);

/** Plain text of a node, leaving out citation markers and raw HTML. */
function plainText(node: RootContent | Root): string {
  if ((node.data as { citation?: boolean } | undefined)?.citation) return "";
  if ("value" in node && typeof node.value === "string") return node.type === "html" ? "" : node.value;
  if (!("children" in node)) return "";
  const parts = node.children.map((child) => plainText(child as RootContent));
  if (BLOCK_PARENTS.has(node.type)) return parts.filter(Boolean).join("\n");
  // Removing a citation can leave "text ." behind; close the gap.
  return parts.join("").replace(/[ \t]+/g, " ").replace(/ ([.,;:!?])/g, "$1");
}

/** Text for screen readers only (a span with the site's visually-hidden class). */
const hiddenText = (value: string): PhrasingContent => ({
  type: "emphasis",
  children: [{ type: "text", value }],
  data: { hName: "span", hProperties: { className: ["visually-hidden"] } },
});

function citationNodes(ids: string[], numberOf: (id: string) => number): PhrasingContent {
  const links: PhrasingContent[] = [];
  ids.forEach((id, index) => {
    if (index > 0) links.push({ type: "text", value: ", " });
    links.push({
      type: "link",
      url: `#ref-${id}`,
      // "Reference 3", not a bare "3", for anyone who hears the link out of its sentence.
      children: [hiddenText("Reference "), { type: "text", value: String(numberOf(id)) }],
      data: { hProperties: { className: ["citation"] } },
    });
  });
  // An emphasis node renamed to <sup>: mdast has no superscript node of its own.
  return {
    type: "emphasis",
    children: [{ type: "text", value: "[" }, ...links, { type: "text", value: "]" }],
    data: { hName: "sup", hProperties: { className: ["citations"] }, citation: true } as never,
  };
}

export function parseBody(body: string, sourceIds: ReadonlySet<string>, lineOffset: number, glossary: readonly GlossaryTerm[] = []): ParsedBody {
  const tree = parseMarkdown(body);
  const problems: BodyProblem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + lineOffset;

  // 1. Heading ids: explicit {#id} first (so generated ids step around them), then from text.
  // The page's own ids and the reference list's ids are taken before any heading's.
  const pageIds = new Set<string>([...PAGE_IDS, ...[...sourceIds].map((id) => `ref-${id}`)]);
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

  // Placeholders left by `npm run new-article` must be replaced before publishing.
  visit(tree, "text", (node: Text) => {
    if (PLACEHOLDER.test(node.value)) problems.push({ line: lineOf(node), field: "text", reason: "still holds a TODO placeholder; replace it with real text" });
  });

  // 2. Links and images to the site's own pages, to be checked against all articles.
  // Reference-style links ([text][name] with a "[name]: url" line) count like inline ones.
  const definitions = new Map<string, string>();
  visit(tree, "definition", (definition) => {
    definitions.set(definition.identifier, definition.url);
  });
  const links: InternalLink[] = [];
  const images: InternalLink[] = [];
  visit(tree, (node) => {
    // Only glossary hints carry a title (added below); an editor's link title is dropped.
    if (node.type === "link") (node as Link).title = null;
    const url = node.type === "link" || node.type === "image" ? node.url : node.type === "linkReference" || node.type === "imageReference" ? definitions.get(node.identifier) : undefined;
    if (url === undefined) return;
    if (node.type === "link" || node.type === "linkReference") {
      if (url.startsWith("/") || url.startsWith("#")) links.push({ href: url, line: lineOf(node) });
      return;
    }
    // An image from another site would tell that site about every reader; a relative one breaks.
    if (url.startsWith("/") && !url.startsWith("//")) images.push({ href: url, line: lineOf(node) });
    else problems.push({ line: lineOf(node), field: "image", reason: `"${url}" must be a file in public/, written from the site root like /images/name.png` });
  });

  // 3. Citations [@id] and [@a; @b] → numbered superscript links, numbered by first use.
  const citationOrder: string[] = [];
  let citationCount = 0;
  const numberOf = (id: string) => {
    if (!citationOrder.includes(id)) citationOrder.push(id);
    return citationOrder.indexOf(id) + 1;
  };
  visit(tree, "text", (node: Text, index, parent) => {
    if (!parent || index === undefined || parent.type === "link" || parent.type === "linkReference") return;
    if (!node.value.includes("[@")) return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(CITATION)) {
      const cited = match[1]!.split(";").map((part) => part.trim().slice(1));
      const known = cited.filter((id) => {
        if (sourceIds.has(id)) return true;
        problems.push({ line: lineOf(node), field: "citation", reason: `unknown source id "@${id}"; add it to sources or use one of: ${[...sourceIds].join(", ") || "(no sources)"}` });
        return false;
      });
      citationCount += known.length;
      if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
      if (known.length > 0) {
        known.forEach(numberOf);
        parts.push(citationNodes([...new Set(known)].sort((a, b) => numberOf(a) - numberOf(b)), numberOf));
      }
      last = match.index + match[0].length;
    }
    if (last === 0) return;
    if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });

  // 4. The first use of each glossary term links to its entry.
  if (glossary.length > 0) linkFirstUses(tree, glossary);

  // 5. Split at ## headings; content before the first one is the introduction.
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "tableCell") {
      const text = plainText(node).trim();
      if (text) blocks.push(text);
      return SKIP;
    }
  });
  const groups: { heading?: Heading; nodes: RootContent[] }[] = [{ nodes: [] }];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) groups.push({ heading: node, nodes: [] });
    else groups.at(-1)!.nodes.push(node);
  }
  const toText = (nodes: RootContent[]) => nodes.map(plainText).filter(Boolean).join("\n");
  const [introGroup, ...sectionGroups] = groups;
  const intro = introGroup!.nodes.length > 0 ? { html: mdastToHtml({ type: "root", children: introGroup!.nodes }), text: toText(introGroup!.nodes) } : undefined;
  const sections = sectionGroups.map(({ heading, nodes }): Section => {
    const subHeadings = nodes.filter((node): node is Heading => node.type === "heading" && node.depth === 3);
    return {
      id: idOf.get(heading!)!,
      title: plainText(heading!).trim(),
      html: mdastToHtml({ type: "root", children: nodes }),
      text: toText(nodes),
      headings: subHeadings.map((sub) => ({ id: idOf.get(sub)!, title: plainText(sub).trim() })),
    };
  });

  return { intro, sections, ids, citationOrder, citationCount, links, images, blocks, problems };
}
