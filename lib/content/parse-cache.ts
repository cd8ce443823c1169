// Parsing Markdown is most of what a build spends per article, and a build loads the
// content in several processes: the content check, each Next.js worker, the search index.
// The content check (npm run build's first step) writes what it parsed to the build's
// cache folder once the content is valid; the others read it. Parsing is a pure function
// of (file name, source text, glossary terms) and of the code that parses, so an entry is
// keyed by a hash of them all; the rest (links between files, drafts, order) is worked out
// on every load.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { settings } from "../settings.mjs";
import { ContentError, type Severity } from "./errors";

interface StoredProblem {
  file: string;
  line: number;
  field: string;
  reason: string;
  severity: Severity;
}

export interface Entry<T> {
  value: T;
  problems: StoredProblem[];
}

/** The build's cache folder, which `next build` keeps when it cleans its dist folder. */
export function buildCacheFile(): string {
  return resolve(/*turbopackIgnore: true*/ settings().BUILD_DIR, "cache", "content", "parsed.v8");
}

/** The module that loads content; the parse depends on it and on what it imports, nothing else. */
const PARSE_ENTRY = "lib/content/load.ts";
const IMPORT = /^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gm;

/** Resolves a relative or "@/" import of `from` to a project file, or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? join(dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    try {
      if (statSync(resolve(/*turbopackIgnore: true*/ candidate)).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

/** Every project file the content loader imports, directly or not, sorted (paths relative to the project). */
export function parserFiles(entry = PARSE_ENTRY): string[] {
  const seen = new Set([entry]);
  for (const file of seen) {
    const text = readFileSync(resolve(/*turbopackIgnore: true*/ file), "utf8");
    for (const [, specifier] of text.matchAll(IMPORT)) {
      const target = resolveImport(file, specifier!);
      if (target) seen.add(target);
    }
  }
  return [...seen].sort();
}

/**
 * Hash of the code that turns a file into an article: the content loader and every project module
 * it imports (not the bench, scripts or pages, whose edits change no parse), and the locked
 * dependency versions. Undefined (no caching) when they cannot be read, e.g. outside the project.
 */
export function codeVersion(): string | undefined {
  try {
    const hash = createHash("sha256");
    for (const file of parserFiles()) hash.update(file).update("\0").update(readFileSync(resolve(/*turbopackIgnore: true*/ file)));
    hash.update(readFileSync(resolve(/*turbopackIgnore: true*/ "package-lock.json")));
    return hash.digest("hex");
  } catch {
    return undefined;
  }
}

export class ParseCache {
  private readonly stored: Map<string, Entry<unknown>>;
  private readonly used = new Map<string, Entry<unknown>>();
  /** Files this cache parsed itself, and entries handed to it by add(). */
  private parsed = 0;
  private added = 0;

  /** `file` undefined: kept in memory only (for worker threads that hand their entries back). */
  constructor(
    private readonly file: string | undefined,
    readonly version: string,
  ) {
    let stored = new Map<string, Entry<unknown>>();
    try {
      if (file) stored = deserialize(readFileSync(file)) as Map<string, Entry<unknown>>;
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
    this.stored = stored;
  }

  /** A cache at `file`, or undefined when the parsing code cannot be fingerprinted. */
  static open(file = buildCacheFile()): ParseCache | undefined {
    const version = codeVersion();
    return version ? new ParseCache(file, version) : undefined;
  }

  /** `context`: anything else the parse depends on (for an article: the glossary's terms). */
  private key(file: string, source: string, context: string): string {
    return createHash("sha256").update(this.version).update("\0").update(file).update("\0").update(source).update("\0").update(context).digest("base64");
  }

  has(file: string, source: string, context = ""): boolean {
    return this.stored.has(this.key(file, source, context));
  }

  /** The cached result of `parse` for this file, source and context, or a fresh one. */
  get<T>(file: string, source: string, parse: () => { value: T; problems: ContentError[] }, context = ""): { value: T; problems: ContentError[] } {
    const key = this.key(file, source, context);
    const hit = this.stored.get(key) as Entry<T> | undefined;
    if (hit) {
      this.used.set(key, hit);
      return { value: hit.value, problems: hit.problems.map((p) => new ContentError(p.file, p.line, p.field, p.reason, p.severity)) };
    }
    this.parsed++;
    const result = parse();
    const problems = result.problems.map(({ file, line, field, reason, severity }) => ({ file, line, field, reason, severity }));
    this.used.set(key, { value: result.value, problems });
    return result;
  }

  /** How many files this cache had to parse itself (the rest came from the store or from add()). */
  get parsedCount(): number {
    return this.parsed;
  }

  /** The entries this load used or made, to hand to another cache (see parse-in-parallel.ts). */
  entries(): Map<string, Entry<unknown>> {
    return this.used;
  }

  /** Adds entries made elsewhere, as if they had been stored. */
  add(entries: ReadonlyMap<string, Entry<unknown>>): void {
    for (const [key, entry] of entries) this.stored.set(key, entry);
    this.added += entries.size;
  }

  /** Writes the entries of this load (dropping ones no longer used) when anything was parsed anew. */
  save(): void {
    if (!this.file || (this.parsed === 0 && this.added === 0 && this.used.size === this.stored.size)) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so that a worker reading at the same time never sees half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(this.used));
    renameSync(temporary, this.file);
  }
}
