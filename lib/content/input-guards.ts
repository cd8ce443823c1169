// What stands between a file on disk and the Markdown parser (or, for the source registry's
// *.yaml and *.json files, the YAML parser), so that no file, however broken, stops the
// content check, the build or the dev server: each problem becomes a ContentError with the
// file and a line (or "whole file"), and the other files are still checked. Three layers:
//   1. reading: a folder or a broken link named *.md (or *.yaml), an unreadable file, a file too large,
//      binary data, text that is not UTF-8; a byte-order mark and CRLF line ends are accepted;
//   2. limits checked on the text before parsing, where the parser would otherwise run out
//      of stack or time: how deeply lists and block quotes nest, how long one block is, how
//      deeply the front matter (or a registry file) nests; and code points that HTML forbids in a page;
//   3. a net under the parser: anything it still throws is reported against the file.
import { lstatSync, readFileSync, readlinkSync, statSync } from "node:fs";
import { codePointName, FORBIDDEN_CODE_POINT } from "../code-points";
import { ContentError, fieldName, WHOLE_FILE } from "./errors";
import { lineOfPath } from "./yaml-lines";

/** The limits, each named in its message with the number the editor can act on. */
export const LIMITS = {
  /** Bytes in one file: the longest article here is under 20 kB; 500 kB is about 75,000 words. */
  fileBytes: 500_000,
  /** Lists and block quotes inside one another (the parser's stack gives out in the thousands). */
  nesting: 32,
  /** Characters in one block (a paragraph, a list or a table: text between blank lines). */
  blockCharacters: 20_000,
  /** Brackets inside one another, or spaces of indentation, in the front matter. */
  frontMatterNesting: 32,
  frontMatterIndent: 64,
} as const;

const thousands = (n: number) => n.toLocaleString("en");

/** A source registry file (content/sources/*.yaml or *.json), by its name; any other content file is Markdown. */
const REGISTRY_FILE = /\.(ya?ml|json)$/i;

/** What the read messages say about a kind of file. */
function fileKind(file: string) {
  const registry = REGISTRY_FILE.exec(file);
  return registry
    ? { extension: registry[0], format: "YAML or JSON", plainText: "plain-text YAML or JSON (UTF-8)", split: "give each work its own file, or remove pasted data" }
    : { extension: ".md", format: "Markdown", plainText: "plain-text Markdown (UTF-8)", split: "(about 75,000 words): split it into several articles, or remove pasted data" };
}
const kilobytes = (bytes: number) => `${thousands(Math.ceil(bytes / 1000))} kB`;

export type ReadResult = { source: string; problems: [] } | { source: undefined; problems: ContentError[] };

const failed = (...problems: ContentError[]): ReadResult => ({ source: undefined, problems });
const wholeFile = (file: string, reason: string) => new ContentError(file, WHOLE_FILE, "file", reason);

/** The 1-based line of a byte offset in a buffer. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
    const [low, high] = byte === 0xe0 ? [0xa0, 0xbf] : byte === 0xed ? [0x80, 0x9f] : byte === 0xf0 ? [0x90, 0xbf] : byte === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Reads one content file as text. Never throws: anything that keeps the file from being read
 * as UTF-8 text (Markdown, or a registry file's YAML or JSON) is returned as a problem.
 */
export function readContentFile(path: string, file: string): ReadResult {
  const kind = fileKind(file);
  const tooLarge = (bytes: number) => `is ${kilobytes(bytes)}; a content file may be at most ${kilobytes(LIMITS.fileBytes)}${kind.format === "Markdown" ? " " : ": "}${kind.split}`;
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    try {
      if (lstatSync(path).isSymbolicLink()) {
        return failed(wholeFile(file, `is a link to "${readlinkSync(path)}", which does not exist; point the link at a file, or delete it`));
      }
    } catch {
      // not even the link is there: the file went away while the check ran
    }
    return failed(wholeFile(file, code === "ENOENT" ? "went away while it was being checked; run the check again" : `cannot be opened (${code ?? String(error)}); check that the file is readable`));
  }
  if (stats.isDirectory()) return failed(wholeFile(file, `is a folder, not a file; rename it so that its name does not end in "${kind.extension}", or move it out of the content folder`));
  // A named pipe or a device would block the read (or never end); only plain files are content.
  if (!stats.isFile()) return failed(wholeFile(file, `is not a plain file (a pipe, socket or device); replace it with a ${kind.format} file, or delete it`));
  if (stats.size > LIMITS.fileBytes) {
    return failed(wholeFile(file, tooLarge(stats.size)));
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return failed(wholeFile(file, "cannot be read: permission denied; make the file readable (chmod a+r) or remove it"));
    return failed(wholeFile(file, `cannot be read (${code ?? String(error)}); check the file, or remove it`));
  }
  // Checked on the bytes read, too: the file may have grown since it was looked at.
  if (bytes.length > LIMITS.fileBytes) {
    return failed(wholeFile(file, tooLarge(bytes.length)));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return failed(new ContentError(file, lineOfByte(bytes, nul), "file", `is not text: it holds NUL bytes, as images, PDFs and word-processor files do; save it as ${kind.plainText}`));
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, "0");
    return failed(new ContentError(file, lineOfByte(bytes, invalid), "file", `is not UTF-8 text (byte 0x${byte} at offset ${thousands(invalid)}); save the file as UTF-8 (in most editors: "Save with encoding", UTF-8)`));
  }
  return { source: bytes.toString("utf8"), problems: [] };
}

/** The front matter's lines (from the opening "---" to the closing one) and the first body line, 0-based. */
function frontMatterEnd(lines: readonly string[]): number {
  if (!/^---\s*$/.test(lines[0] ?? "")) return 0;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i]!)) return i + 1;
  return 0;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const columns = (spaces: string) => [...spaces].reduce((sum, character) => sum + (character === "\t" ? 4 - (sum % 4) : 1), 0);

/**
 * How many lists and block quotes a line opens or continues: one per ">" and list marker at its
 * start, plus one per two columns of indentation before them (a nested list item sits at least
 * two columns right of its parent's). An estimate from the text alone, close enough to say where
 * a paste went wrong; the parser itself is not run, since deep nesting is what breaks it.
 */
export function lineNesting(line: string): number {
  const prefix = /^([ \t]*)((?:(?:>|[-+*]|\d{1,9}[.)])(?:[ \t]+|$))*)/.exec(line)!;
  const markers = prefix[2]!.match(/>|[-+*]|\d{1,9}[.)]/g)?.length ?? 0;
  if (markers === 0 || THEMATIC_BREAK.test(line)) return 0;
  return markers + Math.floor(columns(prefix[1]!) / 2);
}

/** Nesting of "[" and "{" in a line of YAML (outside quotes), from the depth the line starts at. */
function flowNesting(line: string, start: number): { depth: number; deepest: number } {
  let depth = start;
  let deepest = start;
  let quote = "";
  for (const character of line) {
    if (quote) {
      if (character === quote) quote = "";
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "#" && depth === 0) break;
    else if (character === "[" || character === "{") deepest = Math.max(deepest, ++depth);
    else if (character === "]" || character === "}") depth = Math.max(0, depth - 1);
  }
  return { depth, deepest };
}

/**
 * Nesting in YAML (or JSON) lines [from, to): indentation and brackets inside one another, which
 * the YAML parser recurses into (thousands run it out of stack, and take seconds to do so).
 * Reported once, at the first line over a limit.
 */
function yamlLimitProblems(lines: readonly string[], from: number, to: number, file: string, field: string, what: string): ContentError[] {
  let flow = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const indent = columns(/^[ \t]*/.exec(line)![0]);
    if (indent > LIMITS.frontMatterIndent) {
      return [new ContentError(file, i + 1, field, `is indented ${thousands(indent)} spaces; ${what} needs a few levels at most (the limit is ${LIMITS.frontMatterIndent} spaces)`)];
    }
    const { depth, deepest } = flowNesting(line, flow);
    if (deepest > LIMITS.frontMatterNesting) {
      return [new ContentError(file, i + 1, field, `has ${thousands(deepest)} brackets inside one another; at most ${LIMITS.frontMatterNesting} are allowed`)];
    }
    flow = depth;
  }
  return [];
}

/**
 * Problems in the text that must be found before the parser runs, because the parser would
 * run out of stack or time on them: nesting and block length. Reported once each, at the
 * first line that breaks the limit, with what was found and what is allowed.
 */
export function limitProblems(source: string, file: string): ContentError[] {
  const lines = source.split("\n");
  const problems: ContentError[] = [];
  const bodyStart = frontMatterEnd(lines);

  // Front matter: YAML's parser recurses into every level too.
  problems.push(...yamlLimitProblems(lines, 1, bodyStart - 1, file, "front matter", "front matter"));

  // Body: nesting of lists and block quotes, and the length of each block.
  let fence: string | undefined;
  let blockStart = -1;
  let blockLength = 0;
  let nestingReported = false;
  let blockReported = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence) && /^ {0,3}(`{3,}|~{3,})\s*$/.test(line)) fence = undefined;
      continue;
    }
    // A fenced code block at the top level holds code, not nesting; its lines are skipped.
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opening) {
      fence = opening[1]!;
      continue;
    }
    if (line.trim() === "") {
      blockStart = -1;
      blockLength = 0;
      continue;
    }
    if (blockStart < 0) blockStart = i;
    blockLength += line.length + 1;
    if (!blockReported && blockLength > LIMITS.blockCharacters) {
      blockReported = true;
      problems.push(new ContentError(file, blockStart + 1, "text", `starts a block of more than ${thousands(LIMITS.blockCharacters)} characters with no blank line (a paragraph, list or table that long is a paste gone wrong); break it up with blank lines`));
    }
    const depth = nestingReported ? 0 : lineNesting(line);
    if (depth > LIMITS.nesting) {
      nestingReported = true;
      problems.push(new ContentError(file, i + 1, "nesting", `lists and block quotes are nested ${thousands(depth)} levels deep here; at most ${LIMITS.nesting} are allowed: remove the extra ">" marks, list markers or indentation`));
    }
  }
  return problems;
}

/**
 * Code points HTML forbids in a page (see code-points.ts), one problem per line, and the text
 * without them, which is what gets parsed: the other problems of the file are still found.
 */
export function forbiddenCodePoints(source: string, file: string): { source: string; problems: ContentError[] } {
  if (!FORBIDDEN_CODE_POINT.test(source)) return { source, problems: [] };
  FORBIDDEN_CODE_POINT.lastIndex = 0;
  const problems: ContentError[] = [];
  source.split("\n").forEach((line, index) => {
    const found = [...new Set(line.match(FORBIDDEN_CODE_POINT) ?? [])];
    if (found.length === 0) return;
    const first = [...line].findIndex((character) => found.includes(character)) + 1;
    const names = found.map(codePointName).join(", ");
    problems.push(new ContentError(file, index + 1, "text", `holds the invisible control character${found.length === 1 ? "" : "s"} ${names} (first at column ${first}), which a web page may not contain; delete ${found.length === 1 ? "it" : "them"} (often left by copying from another program)`));
  });
  return { source: source.replace(FORBIDDEN_CODE_POINT, ""), problems };
}

/** Every string in front-matter data with its path, e.g. ["sources", 0, "title"]. */
function strings(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === "string") return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, [...path, index]));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  }
  return [];
}

/**
 * Forbidden code points that YAML escapes ("\x01", "\u0085") put into front-matter values,
 * where the text check above cannot see them. `meta` is the parsed front matter.
 */
export function frontMatterCodePoints(meta: unknown, source: string, file: string): ContentError[] {
  const lines = source.split("\n");
  const yaml = lines.slice(1, Math.max(1, frontMatterEnd(lines) - 1)).join("\n");
  return strings(meta).flatMap(({ path, text }) => {
    const found = [...new Set(text.match(FORBIDDEN_CODE_POINT) ?? [])];
    if (found.length === 0) return [];
    const line = Math.max(0, lineOfPath(yaml, path)) + 1;
    return [new ContentError(file, line, fieldName(path), `holds the invisible control character${found.length === 1 ? "" : "s"} ${found.map(codePointName).join(", ")} (written as an escape such as "\\x01"), which a web page may not contain; remove it`)];
  });
}

/** What an exception from the parser says to an editor: never a stack trace. */
export function parserFailure(file: string, error: unknown): ContentError {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return wholeFile(file, `is nested too deeply to read (lists, block quotes, links or emphasis inside one another); keep nesting under ${LIMITS.nesting} levels`);
  }
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return wholeFile(file, `could not be read as Markdown (${message}); this is a fault in the site's code, not only in the file: report it with the file attached`);
}

/**
 * Checks one file's text and parses it: a byte-order mark is dropped and every line end
 * (CRLF, or a lone CR as old Mac editors write) becomes "\n", which keeps line numbers the
 * editor's and keeps carriage returns out of the HTML; limits next (a file over one is not parsed),
 * forbidden code points next (reported, and left out of what is parsed), then `parse`,
 * whose exceptions become problems. Never throws.
 */
export function guardedParse<T>(source: string, file: string, parse: (source: string) => { value: T | undefined; problems: ContentError[] }): { value: T | undefined; problems: ContentError[] } {
  source = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (source.trim() === "") {
    return { value: undefined, problems: [new ContentError(file, 1, "file", 'is empty; a content file starts with front matter (a "---" line, the fields, another "---" line), then the text')] };
  }
  const limits = limitProblems(source, file);
  if (limits.length > 0) return { value: undefined, problems: limits };
  const clean = forbiddenCodePoints(source, file);
  try {
    const result = parse(clean.source);
    const escaped = frontMatterCodePoints((result.value as { meta?: unknown } | undefined)?.meta, clean.source, file);
    return { value: escaped.length > 0 ? undefined : result.value, problems: [...clean.problems, ...escaped, ...result.problems] };
  } catch (error) {
    return { value: undefined, problems: [...clean.problems, parserFailure(file, error)] };
  }
}

/**
 * Checks one source registry file's text (content/sources/*.yaml or *.json) and parses it, as
 * guardedParse does an article: a byte-order mark dropped and line ends made "\n"; the YAML
 * nesting limits (a file over one is not parsed); forbidden code points reported and left out,
 * in the text and in what YAML escapes produce; and `parse`'s exceptions become problems. An empty
 * file is `parse`'s to report. Never throws.
 */
export function guardedRegistryParse<T extends { source: unknown; line: number }>(source: string, file: string, parse: (source: string) => { entries: T[]; problems: ContentError[] }): { entries: T[]; problems: ContentError[] } {
  source = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = source.split("\n");
  const limits = yamlLimitProblems(lines, 0, lines.length, file, "yaml", "a registry file");
  if (limits.length > 0) return { entries: [], problems: limits };
  const clean = forbiddenCodePoints(source, file);
  try {
    const result = parse(clean.source);
    const escaped: ContentError[] = [];
    const entries = result.entries.filter((entry) => {
      const found = strings(entry.source).flatMap(({ path, text }) => {
        const points = [...new Set(text.match(FORBIDDEN_CODE_POINT) ?? [])];
        return points.length === 0 ? [] : [new ContentError(file, entry.line, fieldName(path), `holds the invisible control character${points.length === 1 ? "" : "s"} ${points.map(codePointName).join(", ")} (written as an escape such as "\\x01"), which a web page may not contain; remove it`)];
      });
      escaped.push(...found);
      return found.length === 0;
    });
    return { entries, problems: [...clean.problems, ...escaped, ...result.problems] };
  } catch (error) {
    const message = (error instanceof Error ? error.message.split("\n")[0] : undefined) ?? String(error);
    const reason =
      error instanceof RangeError && /call stack/i.test(message)
        ? `is nested too deeply to read; keep nesting under ${LIMITS.frontMatterNesting} levels`
        : `could not be read as a registry file (${message}); this is a fault in the site's code, not only in the file: report it with the file attached`;
    return { entries: [], problems: [...clean.problems, wholeFile(file, reason)] };
  }
}
