// Splits the body at its ## headings and renders each part to sanitized HTML. Runs last:
// the HTML must hold every change the other transforms made (ids, citations, term links),
// and a section's id is the one heading-ids.ts gave its heading.
import type { Heading, Link, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import type { FigureName } from "../../diagrams/names";
import { mdastToHtml } from "../html";
import type { FigureMarker } from "./figures";
import { plainText } from "./plain-text";

export interface SubHeading {
  id: string;
  title: string;
}

export interface Section {
  /** Stable id from the heading, unique within the article: /articles/<slug>#<id> */
  id: string;
  title: string;
  /** Plain text of the section's prose, for search and readability. */
  text: string;
  /** Ids of the ### headings inside the section. */
  headings: SubHeading[];
  /** Source ids cited in the section, in order of first citation there (for the study pages' "cited by"). */
  citations: string[];
  /** The section in order: its HTML, split where a `::figure` line places a figure (figures.ts). */
  parts: SectionPart[];
}

export type SectionPart = { html: string } | { figure: FigureName };

/**
 * The section's HTML without its figures. Not kept on the section: the parts hold the same HTML, and
 * a second copy made each article's parse a third larger for every build worker that reads it.
 */
export function sectionHtml(section: Pick<Section, "parts">): string {
  return section.parts.flatMap((part) => ("html" in part ? [part.html] : [])).join("\n");
}

const isFigure = (node: RootContent | FigureMarker): node is FigureMarker => node.type === "figureMarker";

/** HTML runs between figures; a section without figures is one part. */
function toParts(nodes: (RootContent | FigureMarker)[]): SectionPart[] {
  const parts: SectionPart[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.length > 0) parts.push({ html: mdastToHtml({ type: "root", children: run }) });
    run = [];
  };
  for (const node of nodes) {
    if (isFigure(node)) {
      flush();
      parts.push({ figure: node.name });
    } else run.push(node);
  }
  flush();
  return parts;
}

export interface SplitBody {
  /** What comes before the first ## heading, when there is anything. */
  intro: { html: string; text: string } | undefined;
  sections: Section[];
}

const toText = (nodes: RootContent[]) => nodes.map(plainText).filter(Boolean).join("\n");

/** Ids of the numbered citation links (citations.ts made them: "#ref-<id>") among `nodes`. */
function citedIds(nodes: RootContent[]): string[] {
  const ids: string[] = [];
  visit({ type: "root", children: nodes }, "link", (link: Link) => {
    const classes = (link.data?.hProperties as { className?: string[] } | undefined)?.className ?? [];
    if (classes.includes("citation") && link.url.startsWith("#ref-")) ids.push(link.url.slice("#ref-".length));
  });
  return [...new Set(ids)];
}

/** `idOf` holds the id of every ## and ### heading. Reads the tree only. */
export function splitSections(tree: Root, idOf: ReadonlyMap<Heading, string>): SplitBody {
  const groups: { heading?: Heading; nodes: RootContent[] }[] = [{ nodes: [] }];
  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) groups.push({ heading: node, nodes: [] });
    else groups.at(-1)!.nodes.push(node);
  }
  const [introGroup, ...sectionGroups] = groups;
  const intro = introGroup!.nodes.length > 0 ? { html: mdastToHtml({ type: "root", children: introGroup!.nodes }), text: toText(introGroup!.nodes) } : undefined;
  const sections = sectionGroups.map(({ heading, nodes: all }): Section => {
    const nodes = all.filter((node) => !isFigure(node));
    // (figures.ts put the markers in the tree as ordinary nodes; they are typed here.)
    const subHeadings = nodes.filter((node): node is Heading => node.type === "heading" && node.depth === 3);
    return {
      id: idOf.get(heading!)!,
      title: plainText(heading!).trim(),
      text: toText(nodes),
      headings: subHeadings.map((sub) => ({ id: idOf.get(sub)!, title: plainText(sub).trim() })),
      citations: citedIds(nodes),
      parts: toParts(all),
    };
  });
  return { intro, sections };
}
