// Placeholders left by `npm run new-article` must be replaced before publishing. Runs before
// the citation and glossary transforms, which split text nodes into new ones without a
// position: a placeholder found after them could be reported at the wrong line.
import type { Root, Text } from "mdast";
import { visit } from "unist-util-visit";
import { PLACEHOLDER } from "../schema";
import { lineIn, type BodyProblem } from "./shared";

/** One problem per text node that still holds a TODO. Reads the tree only. */
export function findPlaceholders(tree: Root, lineOffset: number): BodyProblem[] {
  const lineOf = lineIn(lineOffset);
  const problems: BodyProblem[] = [];
  visit(tree, "text", (node: Text) => {
    if (PLACEHOLDER.test(node.value)) problems.push({ line: lineOf(node), field: "text", reason: "still holds a TODO placeholder; replace it with real text" });
  });
  return problems;
}
