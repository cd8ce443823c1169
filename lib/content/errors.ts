// Content problems carry what an editor needs to fix them: file, line, field, and
// what is wrong. All problems of a load are gathered and thrown once, together.

export type Severity = "error" | "warning";

/** The line of a problem with the file as a whole (a folder named *.md, a file too large): shown as "(whole file)". */
export const WHOLE_FILE = 0;

export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
    readonly severity: Severity = "error",
  ) {
    super(`${line === WHOLE_FILE ? `${file} (whole file)` : `${file}:${line}`} ${field} — ${reason}`);
  }
}

/** Thrown by the loader when any file has an error; its message is the whole list, one per line. */
export class ContentErrorList extends AggregateError {
  override name = "ContentErrorList";
  constructor(readonly problems: readonly ContentError[]) {
    super(problems, formatProblems(problems));
  }
}

export function sortProblems(problems: readonly ContentError[]): ContentError[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field) || a.message.localeCompare(b.message));
}

export function formatProblems(problems: readonly ContentError[]): string {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const lines = sortProblems(problems).map((problem) => (problem.severity === "warning" ? `warning: ${problem.message}` : problem.message));
  return [...lines, `${errors} content error${errors === 1 ? "" : "s"}`].join("\n");
}

/** Field paths as an editor reads them: sources[2].doi */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), "");
}
