// Finds the line of a field inside YAML front matter, so that an error can point at it.
// gray-matter (js-yaml) keeps no positions, so this walks block-style YAML by
// indentation, and falls back to the nearest enclosing field it can find.

interface Span {
  start: number; // first line index (inclusive)
  end: number; // last line index (exclusive)
}

const isContent = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");
const indentOf = (line: string) => line.length - line.trimStart().length;
/** Where a key on this line starts: after the indentation and any "- " list markers. */
const keyIndentOf = (line: string) => /^[\s-]*/.exec(line)![0].length;

/** From `after` on, the lines indented deeper than `indent`: the value of an entry. */
function valueSpan(lines: string[], after: number, indent: number, end: number): Span {
  let next = after;
  while (next < end && (!isContent(lines[next]!) || indentOf(lines[next]!) > indent)) next++;
  return { start: after, end: next };
}

function findKey(lines: string[], span: Span, key: string): { line: number; inner: Span } | undefined {
  const pattern = new RegExp(`^[\\s-]*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`);
  let depth = Infinity;
  for (let i = span.start; i < span.end; i++) if (isContent(lines[i]!)) depth = Math.min(depth, keyIndentOf(lines[i]!));
  for (let i = span.start; i < span.end; i++) {
    if (keyIndentOf(lines[i]!) === depth && pattern.test(lines[i]!)) {
      return { line: i, inner: valueSpan(lines, i + 1, depth, span.end) };
    }
  }
  return undefined;
}

function findItem(lines: string[], span: Span, index: number): { line: number; inner: Span } | undefined {
  let seen = -1;
  let itemIndent = -1;
  for (let i = span.start; i < span.end; i++) {
    const match = /^(\s*)-(\s|$)/.exec(lines[i]!);
    if (!match || (itemIndent >= 0 && match[1]!.length !== itemIndent)) continue;
    itemIndent = match[1]!.length;
    if (++seen === index) {
      const rest = valueSpan(lines, i + 1, itemIndent, span.end);
      return { line: i, inner: { start: i, end: rest.end } };
    }
  }
  return undefined;
}

/**
 * 1-based line within the YAML text of the deepest part of `path` that can be found;
 * 0 when not even the first key is present.
 */
export function lineOfPath(yaml: string, path: readonly PropertyKey[]): number {
  const lines = yaml.split(/\r?\n/);
  let span: Span = { start: 0, end: lines.length };
  let found = -1;
  for (const key of path) {
    const hit = typeof key === "number" ? findItem(lines, span, key) : findKey(lines, span, String(key));
    if (!hit) break;
    found = hit.line;
    span = hit.inner;
  }
  return found + 1;
}
