// Markdown (mdast) to sanitized HTML. Raw HTML in Markdown is dropped before the
// sanitizer runs (remark-html does not pass it through when sanitizing), and the
// sanitizer then applies GitHub's allow-list (no script, no event handlers, no style),
// narrowed to http(s) and mailto links and http(s) images. tests/unit/hostile.test.ts
// runs a corpus of hostile Markdown through it.
// Callouts (":::urgent[…]" container directives, remark-directive) become asides in
// transforms/callouts.ts; the schema below lets through only the few attributes they need.
import type { Parent, Root, RootContent, Table } from "mdast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";
import { CALLOUT_CLASSES } from "./transforms/callout-kinds";

export const schema: Schema = {
  ...defaultSchema,
  // GitHub prefixes ids ("user-content-") so that user HTML cannot clobber the page's
  // own ids. Here no id can come from an editor: raw HTML is dropped, and the only ids
  // are the heading ids the pipeline makes itself, which must stay clean for shared links.
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    // "title" carries a glossary term's definition; transforms/internal-links.ts drops any other link's title.
    a: ["href", "title", ["className", "citation", "term"]],
    sup: [["className", "citations"]],
    span: [["className", "visually-hidden", "callout__kind"]],
    // A callout (transforms/callouts.ts): a note named by its own visible heading.
    aside: [["className", ...CALLOUT_CLASSES], ["role", "note"], "ariaLabelledBy"],
    ...Object.fromEntries(["h2", "h3", "h4", "h5", "h6"].map((tag) => [tag, [["className", "sr-only", "callout__title"]]])),
    // The scroll box around a wide table (see wrapTables); only the pipeline makes divs.
    div: [["className", "table-scroll"], ["role", "region"], ["tabIndex", 0], "ariaLabel"],
  },
  // GitHub also allows irc:, ircs: and xmpp: links, which open other programs; articles need none.
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
  tagNames: [...(defaultSchema.tagNames ?? []), "aside"],
};

export const markdownProcessor = remark().use(remarkGfm).use(remarkDirective).use(remarkHtml, { sanitize: schema });

export function parseMarkdown(markdown: string): Root {
  const tree = markdownProcessor.parse(markdown);
  restoreInlineDirectives(tree, markdown);
  return tree;
}

/**
 * Only container directives (":::kind" blocks) and "::figure" lines mean something here. remark-directive
 * also reads ":name" inside text ("Er:YAG") and other "::name" lines as directives; those go back to the text the
 * editor wrote, taken from the source, so ordinary colons never change the article.
 */
function restoreInlineDirectives(tree: Root, markdown: string) {
  visit(tree, (node, index, parent) => {
    if ((node.type !== "textDirective" && node.type !== "leafDirective") || !parent || index === undefined) return;
    if (node.type === "leafDirective" && node.name === "figure") return; // a figure line (transforms/figures.ts)
    const { start, end } = node.position ?? {};
    const value = start?.offset !== undefined && end?.offset !== undefined ? markdown.slice(start.offset, end.offset) : `:${node.name}`;
    const text = { type: "text" as const, value, position: node.position };
    parent.children.splice(index, 1, node.type === "leafDirective" ? ({ type: "paragraph", children: [text], position: node.position } as never) : (text as never));
    return index + 1;
  });
}

/** Plain text of a table cell, for the table's accessible name. */
const cellText = (node: RootContent): string => ("value" in node ? String(node.value) : "children" in node ? node.children.map(cellText).join("") : "");

/**
 * A table wider than a phone scrolls inside its own box, not the page; the box is a named,
 * focusable region so that keyboard users can scroll it too. Returns a copy: the tree is not changed.
 */
function wrapTables<T extends Root | RootContent>(node: T): T {
  if (node.type === "table") {
    const headers = (node as Table).children[0]?.children.map(cellText).filter(Boolean) ?? [];
    const label = headers.length > 0 ? `Table: ${headers.join(", ")}` : "Table";
    const hProperties = { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: label };
    // An unknown node with children becomes a div carrying data.hName/hProperties (mdast-util-to-hast).
    return { type: "tableScroll", data: { hName: "div", hProperties }, children: [node] } as unknown as T;
  }
  if (!("children" in node)) return node;
  return { ...node, children: (node as Parent).children.map(wrapTables) };
}

const isBlank = (node: RootContent) => node.type === "text" && node.value.trim() === "";

/**
 * Raw HTML is dropped (as the sanitizer would), and so is a paragraph that held nothing else,
 * which would otherwise be left as an empty <p></p>. Returns a copy: the tree is not changed.
 */
function withoutRawHtml<T extends Root | RootContent>(node: T): T {
  if (!("children" in node)) return node;
  const children = (node as Parent).children
    .filter((child) => child.type !== "html")
    .map(withoutRawHtml)
    .filter((child) => child.type !== "paragraph" || !child.children.every(isBlank));
  return { ...node, children };
}

export function mdastToHtml(root: Root): string {
  return String(markdownProcessor.stringify(markdownProcessor.runSync(wrapTables(withoutRawHtml(root))) as Root)).trim();
}
