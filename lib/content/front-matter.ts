// Front matter of any content file (article, page, glossary): split from the body, read as
// YAML only, and zod's issues turned into problems at the field's line. Kept apart from
// article.ts so that the page and glossary parsers need not import the article parser.
import matter from "gray-matter";
import type { z } from "zod";
import { ContentError, fieldName } from "./errors";
import { lineOfPath } from "./yaml-lines";

/**
 * File line of a front-matter field. gray-matter's raw front matter starts right after
 * the opening "---", so its line numbers are the file's; a missing field points at line 1.
 */
export function fileLine(yaml: string, path: readonly PropertyKey[]): number {
  return Math.max(1, lineOfPath(yaml, path));
}

/**
 * gray-matter reads the language from the opening line ("---js") and evaluates JavaScript
 * front matter with eval, which would run a content file's code at build time. Only YAML
 * is allowed; this engine stands in for every other one.
 */
const yamlOnly = {
  engines: {
    javascript: () => {
      throw new Error("front matter must be YAML");
    },
    json: () => {
      throw new Error("front matter must be YAML");
    },
  },
};
const FENCE_WITH_LANGUAGE = /^\uFEFF?---[ \t]*(\S[^\r\n]*)/;

/** Splits front matter from body; a YAML error becomes a problem with its line. */
export function readFrontMatter(source: string, file: string): { data: unknown; yaml: string; body: string; bodyLine: number } | ContentError {
  const language = FENCE_WITH_LANGUAGE.exec(source)?.[1];
  if (language !== undefined) {
    return new ContentError(file, 1, "front matter", `must open with a line of just "---" (got "---${language}"); front matter is YAML`);
  }
  try {
    // Passing options also turns off gray-matter's cache, which is keyed by input text.
    const parsed = matter(source, yamlOnly);
    const bodyStart = source.length - parsed.content.length;
    const bodyLine = source.slice(0, bodyStart).split("\n").length - 1;
    if (!source.trimStart().startsWith("---")) {
      return new ContentError(file, 1, "front matter", 'is missing; start the file with a "---" line, the fields, and another "---" line');
    }
    return { data: parsed.data, yaml: parsed.matter, body: parsed.content, bodyLine };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split("\n")[0];
    // js-yaml counts from 0 within the front matter, which starts at the end of the "---" line.
    return new ContentError(file, (mark?.line ?? 0) + 1, "front matter", `is not valid YAML: ${reason}`);
  }
}

/** Every zod issue as an editor-facing problem, with the line of the field. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], yaml: string, file: string): ContentError[] {
  return issues.flatMap((issue) => {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => new ContentError(file, fileLine(yaml, path), fieldName(path) || "front matter", issue.message));
  });
}
