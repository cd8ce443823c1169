// What the body transforms share: the problem and link records they return, and the file
// line of a node. `lineOffset` is the number of file lines before the body (the front matter).

/** A problem found while parsing the body; the caller adds the file name. */
export interface BodyProblem {
  line: number;
  field: string;
  reason: string;
}

/** A link from an article to another page of the site, checked once all articles are known. */
export interface InternalLink {
  href: string;
  line: number;
}

/** The file line a node starts on (a node the pipeline made itself has no position: line 1 of the body). */
export const lineIn = (lineOffset: number) => (node: { position?: { start: { line: number } } }) => (node.position?.start.line ?? 1) + lineOffset;
