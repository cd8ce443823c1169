// Citations [@id] and [@a; @b] become numbered superscript links to the reference list,
// numbered by first use. Runs after internal-links.ts (its "#ref-…" links are not the
// editor's) and before glossary-links.ts (which must not link words inside a marker).
import type { PhrasingContent, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { lineIn, type BodyProblem } from "./shared";

const CITATION = /\[(@[^\]\s;]+(?:\s*;\s*@[^\]\s;]+)*)\]/g;

export interface Citations {
  /** Source ids in order of first citation. */
  citationOrder: string[];
  /** Every known id cited, repeats included. */
  citationCount: number;
  problems: BodyProblem[];
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
  // An emphasis node renamed to <sup>: mdast has no superscript node of its own. data.citation
  // marks it for plainText and the glossary linker.
  return {
    type: "emphasis",
    children: [{ type: "text", value: "[" }, ...links, { type: "text", value: "]" }],
    data: { hName: "sup", hProperties: { className: ["citations"] }, citation: true } as never,
  };
}

/**
 * Replaces each marker outside links with its numbered links. An id not in `knownIds` is a
 * problem and is left out of the marker (a marker with no known id disappears). Mutates the tree.
 */
export function numberCitations(tree: Root, knownIds: ReadonlySet<string>, lineOffset: number): Citations {
  const lineOf = lineIn(lineOffset);
  const problems: BodyProblem[] = [];
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
        if (knownIds.has(id)) return true;
        problems.push({ line: lineOf(node), field: "citation", reason: `unknown source id "@${id}"; it is not in the source registry (content/sources/): add the work there, or fix the id` });
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
  return { citationOrder, citationCount, problems };
}
