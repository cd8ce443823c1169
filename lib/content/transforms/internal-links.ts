// Records the links and images that point at the site's own pages, to be checked once every
// article is known, and refuses images from elsewhere. Runs before the citation and glossary
// transforms: their links ("#ref-…", "/glossary#…") are the pipeline's own and must not be
// recorded as the editor's, and the link titles dropped here are the ones editors wrote.
import type { Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import { lineIn, type BodyProblem, type InternalLink } from "./shared";

export interface RecordedLinks {
  links: InternalLink[];
  images: InternalLink[];
  problems: BodyProblem[];
}

/**
 * Links starting with "/" or "#" and images starting with "/" (not "//"). Reference-style
 * links ([text][name] with a "[name]: url" line) count like inline ones. Mutates the tree:
 * every link's title is dropped (only glossary hints carry one).
 */
export function recordInternalLinks(tree: Root, lineOffset: number): RecordedLinks {
  const lineOf = lineIn(lineOffset);
  const problems: BodyProblem[] = [];
  const definitions = new Map<string, string>();
  visit(tree, "definition", (definition) => {
    definitions.set(definition.identifier, definition.url);
  });
  const links: InternalLink[] = [];
  const images: InternalLink[] = [];
  visit(tree, (node) => {
    // Only glossary hints carry a title (added later); an editor's link title is dropped.
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
  return { links, images, problems };
}
