// Plain text of Markdown nodes, for heading titles, search and readability. Citation
// markers (made by citations.ts, flagged data.citation) and raw HTML are left out.
import type { Root, RootContent } from "mdast";

const BLOCK_PARENTS = new Set(["root", "blockquote", "callout", "list", "listItem", "table", "tableRow"]);

/** Whether a node is a citation marker made by numberCitations. */
export const isCitation = (node: RootContent | Root): boolean => Boolean((node.data as { citation?: boolean } | undefined)?.citation);

/** Plain text of a node, leaving out citation markers and raw HTML. */
export function plainText(node: RootContent | Root): string {
  if (isCitation(node)) return "";
  if ("value" in node && typeof node.value === "string") return node.type === "html" ? "" : node.value;
  if (!("children" in node)) return "";
  const parts = node.children.map((child) => plainText(child as RootContent));
  if (BLOCK_PARENTS.has(node.type)) return parts.filter(Boolean).join("\n");
  // Removing a citation can leave "text ." behind; close the gap.
  return parts.join("").replace(/[ \t]+/g, " ").replace(/ ([.,;:!?])/g, "$1");
}
