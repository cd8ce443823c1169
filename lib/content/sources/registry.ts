// The source registry: every work the site cites, once, in content/sources/*.yaml (or .json).
// A file holds one work, or a list of them as Zotero and other tools export (a CSL-YAML list,
// a `references:` list, or a CSL-JSON array). Pure: text in, entries and problems out.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { ContentError, fieldName } from "../errors";
import { JOURNAL_FIELDS, sourceSchema, type Source } from "./schema";

export interface RegistryEntry {
  source: Source;
  file: string;
  /** Line of the entry's first field. */
  line: number;
}

export type Registry = ReadonlyMap<string, RegistryEntry>;

/** The YAML paths of the works in a document: [] for one work, [i] or ["references", i] for a list. */
function workPaths(doc: Document): (string | number)[][] {
  const root = doc.contents;
  if (isSeq(root)) return root.items.map((_, index) => [index]);
  if (isMap(root) && root.has("references")) {
    const list = root.get("references", true);
    return isSeq(list) ? list.items.map((_, index) => ["references", index]) : [["references"]];
  }
  return [[]];
}

/** Problems of one work that its schema cannot see: what a journal article needs, how readers reach it. */
function completeness(source: Source): { field: string; reason: string }[] {
  const unverified = new Set(source.unverified ?? []);
  const missing = (field: string) => source[field] === undefined && !unverified.has(field);
  const problems: { field: string; reason: string }[] = [];
  if (source.type === "article-journal") {
    for (const field of JOURNAL_FIELDS) {
      if (missing(field)) problems.push({ field, reason: `a journal article needs ${field === "issued" ? "its year (issued)" : field}; copy it from the PubMed record, or list "${field}" under unverified and say why in appraisal.unchecked` });
    }
    if (missing("DOI") && missing("PMID")) problems.push({ field: "DOI", reason: 'a journal article needs a DOI or a PMID, so readers reach the paper itself; or list "DOI" under unverified and say why in appraisal.unchecked' });
  } else if (source.DOI === undefined && source.PMID === undefined && source.URL === undefined) {
    problems.push({ field: "URL", reason: "needs a URL, DOI or PMID, so readers can find the work" });
  }
  if (source.type === "webpage" && missing("accessed")) problems.push({ field: "accessed", reason: 'a web page needs the date it was read (accessed: { date-parts: [[2026, 12, 1]] }); or list "accessed" under unverified' });
  return problems;
}

/** Parses one registry file. `file` is the path shown to editors. */
export function parseSourceFile(text: string, file: string): { entries: RegistryEntry[]; problems: ContentError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    return { entries: [], problems: doc.errors.map((error) => new ContentError(file, lineAt(error.pos[0]), "yaml", `is not valid YAML: ${error.message.split("\n")[0]}`)) };
  }
  if (doc.contents === null) return { entries: [], problems: [new ContentError(file, 1, "file", "is empty; a registry file holds one work (id, type, title, …) or a list of them")] };

  const entries: RegistryEntry[] = [];
  const problems: ContentError[] = [];
  for (const path of workPaths(doc)) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const start = lineAt((node as { range?: [number] } | undefined)?.range?.[0]);
    /** The line of a field inside this work, or of the nearest part of it that exists. */
    const lineOf = (field: readonly PropertyKey[]) => {
      for (let depth = field.length; depth > 0; depth--) {
        const found = doc.getIn([...path, ...field.slice(0, depth)], true) as { range?: [number] } | undefined;
        if (found?.range) return lineAt(found.range[0]);
      }
      return start;
    };
    let value: unknown;
    try {
      value = path.length === 0 ? doc.toJS() : isMap(node) || isSeq(node) ? node.toJSON() : doc.getIn(path);
    } catch (error) {
      // The yaml package refuses alias bombs and the like while building values: an editor's problem, not a crash.
      problems.push(new ContentError(file, start, "yaml", `cannot be read: ${error instanceof Error ? error.message : String(error)}`));
      continue;
    }
    const parsed = sourceSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(new ContentError(file, lineOf(issue.path), fieldName(issue.path) || "work", issue.message));
      continue;
    }
    const own = completeness(parsed.data);
    for (const { field, reason } of own) problems.push(new ContentError(file, lineOf([field]), field, reason));
    entries.push({ source: parsed.data, file, line: start });
  }
  return { entries, problems };
}

/** Checks across files: each id once, each DOI and PMID once. */
export function registryProblems(entries: readonly RegistryEntry[]): ContentError[] {
  const problems: ContentError[] = [];
  const seen = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    const { source } = entry;
    const keys: [string, string | undefined][] = [
      ["id", source.id],
      ["DOI", source.DOI?.toLowerCase()],
      ["PMID", source.PMID],
    ];
    for (const [field, value] of keys) {
      if (value === undefined) continue;
      const first = seen.get(`${field}:${value}`);
      if (first) problems.push(new ContentError(entry.file, entry.line, field, `${field} ${value} is already in the registry (${first.file}:${first.line}, id ${first.source.id}); each work is listed once`));
      else seen.set(`${field}:${value}`, entry);
    }
  }
  return problems;
}

export function toRegistry(entries: readonly RegistryEntry[]): Registry {
  const registry = new Map<string, RegistryEntry>();
  for (const entry of entries) if (!registry.has(entry.source.id)) registry.set(entry.source.id, entry);
  return registry;
}
