// Stand-alone Markdown pages (content/pages/*.md), such as About.
import { basename } from "node:path";
import { parseBody, type Section } from "./body";
import { ContentError } from "./errors";
import { issuesToProblems, readFrontMatter } from "./front-matter";
import type { LinkingFile } from "./links";
import { pageMetaSchema, type PageMeta } from "./schema";

export interface Page {
  slug: string;
  meta: PageMeta;
  intro: { html: string; text: string } | undefined;
  sections: Section[];
  links: LinkingFile;
}

export function parsePage(source: string, file: string): { page: Page | undefined; problems: ContentError[] } {
  const front = readFrontMatter(source, file);
  if (front instanceof ContentError) return { page: undefined, problems: [front] };
  const parsed = pageMetaSchema.safeParse(front.data ?? {});
  const body = parseBody(front.body, new Set(), front.bodyLine);
  const problems = [
    ...(parsed.success ? [] : issuesToProblems(parsed.error.issues, front.yaml, file)),
    ...body.problems.map((p) => new ContentError(file, p.line, p.field, p.reason)),
    ...body.figures.map((figure) => new ContentError(file, figure.line, "figure", `figures belong in articles (content/articles/); remove "::figure{name=\"${figure.name}\"}" from this page`)),
  ];
  if (!parsed.success || problems.length > 0) return { page: undefined, problems };
  const links = { file, ids: body.ids, links: body.links, images: body.images };
  return { page: { slug: basename(file, ".md"), meta: parsed.data, intro: body.intro, sections: body.sections, links }, problems };
}
