// Figures: a `::figure{name="skin-layers"}` line (a leaf directive, read by remark-directive) places
// one of the site's drawings (lib/diagrams/names.ts) at that point of a ## section. The line
// becomes a marker that sections.ts splits the section's HTML at; the page draws the figure there.
// An unknown or missing name, a figure before the first ## heading, or one inside a list or box
// is a problem at its line, naming what is allowed. Other "::name" lines stay text (html.ts).
import type { Root, RootContent } from "mdast";
import type { LeafDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";
import { FIGURE_NAMES, isFigureName, type FigureName } from "../../diagrams/names";
import { lineIn, type BodyProblem } from "./shared";

/** What a `::figure` line becomes: sections.ts reads it, and it renders to nothing by itself. */
export interface FigureMarker {
  type: "figureMarker";
  name: FigureName;
  line: number;
}

export interface Figures {
  /** The figures placed, in document order, with their lines. */
  placed: { name: FigureName; line: number }[];
  problems: BodyProblem[];
}

const allowed = `use one of: ${FIGURE_NAMES.map((name) => `::figure{name="${name}"}`).join(", ")}`;

export function markFigures(tree: Root, lineOffset: number): Figures {
  const lineOf = lineIn(lineOffset);
  const problems: BodyProblem[] = [];
  const placed: Figures["placed"] = [];
  let inSection = false;
  tree.children = tree.children.flatMap((node): RootContent[] => {
    if (node.type === "heading" && node.depth === 2) inSection = true;
    if (node.type !== "leafDirective") return [node];
    const directive = node as LeafDirective;
    const line = lineOf(directive);
    const name = directive.attributes?.name ?? "";
    if (!isFigureName(name)) {
      problems.push({ line, field: "figure", reason: `${name ? `unknown figure "${name}"` : "a figure needs a name"}; ${allowed}` });
      return [];
    }
    if (!inSection) {
      problems.push({ line, field: "figure", reason: `the figure "${name}" comes before the first ## heading; place it inside a section` });
      return [];
    }
    if (placed.some((figure) => figure.name === name)) {
      problems.push({ line, field: "figure", reason: `the figure "${name}" is already placed in this article; place each figure once` });
      return [];
    }
    placed.push({ name, line });
    return [{ type: "figureMarker", name, line } as unknown as RootContent];
  });
  // A `::figure` line anywhere else (in a list, a quote or a box) cannot be drawn there.
  visit(tree, "leafDirective", (node: LeafDirective, index, parent) => {
    problems.push({ line: lineOf(node), field: "figure", reason: `"::${node.name}" must be on a line of its own between paragraphs, not inside a list, quote or box` });
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
  });
  return { placed, problems };
}
