// The glossary (content/glossary.md): terms with plain definitions in the front matter,
// an optional introduction in the body. Pure: (source text, file name) in.
import { parseBody } from "./body";
import { ContentError, fieldName } from "./errors";
import { fileLine, issuesToProblems, readFrontMatter } from "./front-matter";
import type { LinkingFile } from "./links";
import { glossaryMetaSchema, type GlossaryMeta, type GlossaryTerm } from "./schema";
import { termForms } from "./transforms/glossary-links";

// The type lives in schema.ts: the body parser needs it, and glossary.ts imports the body parser.
export type { GlossaryTerm } from "./schema";

export interface Glossary {
  meta: GlossaryMeta;
  intro: { html: string; text: string } | undefined;
  /** Terms in alphabetical order. */
  terms: GlossaryTerm[];
  /** The "more" links, checked like any article's links. */
  links: LinkingFile;
}

export function parseGlossary(source: string, file: string): { glossary: Glossary | undefined; problems: ContentError[] } {
  const front = readFrontMatter(source, file);
  if (front instanceof ContentError) return { glossary: undefined, problems: [front] };
  const line = (path: PropertyKey[]) => fileLine(front.yaml, path);
  const parsed = glossaryMetaSchema.safeParse(front.data ?? {});
  const body = parseBody(front.body, new Set(), front.bodyLine);
  const problems = [
    ...(parsed.success ? [] : issuesToProblems(parsed.error.issues, front.yaml, file)),
    ...body.problems.map((p) => new ContentError(file, p.line, p.field, p.reason)),
  ];
  if (!parsed.success) return { glossary: undefined, problems };

  const { terms } = parsed.data;
  // A word may stand for one term only, or the first use would be ambiguous.
  const owner = new Map<string, string>();
  terms.forEach((term, index) => {
    termForms(term).forEach((form, formIndex) => {
      const key = form.toLowerCase();
      const path = formIndex === 0 ? ["terms", index, "term"] : ["terms", index, "aliases", formIndex - 1];
      const other = owner.get(key);
      if (other) problems.push(new ContentError(file, line(path), fieldName(path), `"${form}" is already a form of "${other}"; each word may belong to one term`));
      else owner.set(key, term.id);
    });
  });
  if (problems.length > 0) return { glossary: undefined, problems };

  const links = terms.flatMap((term, index) => (term.more ? [{ href: term.more, line: line(["terms", index, "more"]) }] : []));
  return {
    glossary: {
      meta: parsed.data,
      intro: body.intro,
      terms: [...terms].sort((a, b) => a.term.localeCompare(b.term, "en")),
      links: { file, ids: terms.map((term) => term.id), links: [...body.links, ...links], images: body.images },
    },
    problems,
  };
}
