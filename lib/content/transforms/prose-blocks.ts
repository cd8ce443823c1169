// The article's prose as blocks (paragraphs and table cells, list items through their
// paragraphs), for word count and reading grade. Runs after citations.ts, so that markers
// are flagged and left out, and after glossary-links.ts, whose links keep the words as they were.
import type { Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { plainText } from "./plain-text";

/** Plain text of each non-empty paragraph and table cell, in document order. Reads the tree only. */
export function proseBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === "paragraph" || node.type === "tableCell") {
      const text = plainText(node).trim();
      if (text) blocks.push(text);
      return SKIP;
    }
  });
  return blocks;
}
