// Callouts: a ":::kind[heading]" … ":::" block (a container directive, read by remark-directive)
// becomes <aside role="note"> named by its own visible heading. An unknown kind is a problem at its
// line. Runs before the heading ids, which step around the callouts' ids ("callout-1", …); the
// heading's level follows the heading above it, so the page's outline never skips a level.
import type { Parent, PhrasingContent, Root, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";
import { CALLOUT_KIND_IDS, CALLOUT_KINDS, type CalloutKindId } from "./callout-kinds";
import { lineIn, type BodyProblem } from "./shared";

export interface Callouts {
  /** The ids the callouts' headings take, in document order. */
  ids: string[];
  problems: BodyProblem[];
}

const isKind = (name: string): name is CalloutKindId => (CALLOUT_KIND_IDS as string[]).includes(name);

export function markCallouts(tree: Root, lineOffset: number): Callouts {
  const lineOf = lineIn(lineOffset);
  const problems: BodyProblem[] = [];
  const ids: string[] = [];
  let headingDepth = 1; // the page's h1
  visit(tree, (node, index, parent) => {
    if (node.type === "heading") headingDepth = node.depth;
    if (node.type !== "containerDirective" || !parent || index === undefined) return;
    const directive = node as ContainerDirective;
    const labelled = (directive.children[0]?.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
    const label = labelled ? (directive.children[0] as Parent).children : [];
    const content = (labelled ? directive.children.slice(1) : directive.children) as RootContent[];
    if (!isKind(directive.name)) {
      problems.push({ line: lineOf(directive), field: "callout", reason: `unknown kind ":::${directive.name}"; use one of: ${CALLOUT_KIND_IDS.join(", ")}` });
      // Still shown (as plain text) in development; the error stops a build.
      parent.children.splice(index, 1, ...(content as never[]));
      return index;
    }
    if (Object.keys(directive.attributes ?? {}).length > 0) {
      problems.push({ line: lineOf(directive), field: "callout", reason: `":::${directive.name}" takes no {…} attributes; write the heading in brackets, like :::${directive.name}[heading]` });
    }
    const kind = CALLOUT_KINDS[directive.name];
    const id = `callout-${ids.length + 1}`;
    ids.push(id);
    const rest: PhrasingContent[] = label.length > 0 ? (label as PhrasingContent[]) : "fallback" in kind ? [{ type: "text", value: kind.fallback }] : [];
    const heading = {
      type: "calloutTitle",
      data: { hName: `h${Math.min(headingDepth + 1, 6)}`, hProperties: { id, className: ["callout__title"] } },
      children: [
        { type: "calloutKind", data: { hName: "span", hProperties: { className: ["callout__kind"] } }, children: [{ type: "text", value: rest.length > 0 ? `${kind.label}:` : kind.label }] },
        ...(rest.length > 0 ? [{ type: "text", value: " " }, ...rest] : []),
      ],
    };
    // The directive itself becomes the aside, so that callouts nested in it are found next.
    Object.assign(directive, {
      type: "callout",
      data: { hName: "aside", hProperties: { className: ["callout", `callout--${directive.name}`], role: "note", ariaLabelledBy: id } },
      children: [heading, ...content],
    });
  });
  return { ids, problems };
}
