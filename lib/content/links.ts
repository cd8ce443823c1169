// Checks that links between pages of the site lead somewhere, once every article is known.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { FIXED_PATHS } from "../routes";
import { isTopicId } from "../topics";
import type { Article } from "./article";
import type { InternalLink } from "./body";
import { ContentError } from "./errors";

/** A file whose links are checked: an article or a stand-alone page. */
export interface LinkingFile {
  file: string;
  /** Ids a "#id" link may point to within the same page. */
  ids: string[];
  links: InternalLink[];
  images: InternalLink[];
  draft?: boolean;
}

export function articleLinks(article: Article): LinkingFile {
  const referenceIds = article.references.map((ref) => `ref-${ref.source.id}`);
  return { file: article.file, ids: [...article.ids, ...referenceIds], links: article.links, images: article.images, draft: article.meta.draft };
}

/**
 * `pageIds` lists the ids a "#id" may name on a static page (the glossary's terms);
 * a static page not in it takes any "#id".
 */
export function checkLinks(
  files: readonly LinkingFile[],
  articles: readonly Article[],
  publicDir: string,
  invalidSlugs: ReadonlySet<string> = new Set(),
  pageIds: ReadonlyMap<string, readonly string[]> = new Map(),
): ContentError[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const problems: ContentError[] = [];
  for (const article of files) {
    const fail = (line: number, reason: string) => problems.push(new ContentError(article.file, line, "link", reason));
    for (const { href, line } of article.links) {
      const [path = "", hash] = href.split("#", 2) as [string, string | undefined];
      if (path === "") {
        if (hash && !article.ids.includes(hash)) fail(line, `"${href}" points to no section of this page; ids here: ${article.ids.join(", ")}`);
        continue;
      }
      const articleMatch = /^\/articles\/([^/?#]+)\/?$/.exec(path);
      if (articleMatch) {
        const target = bySlug.get(articleMatch[1]!);
        if (invalidSlugs.has(articleMatch[1]!)) continue;
        if (!target) fail(line, `"${href}" links to an article that does not exist; known slugs: ${[...bySlug.keys()].join(", ")}`);
        else if (target.meta.draft && !article.draft) fail(line, `"${href}" links to a draft; publish it first or remove the link`);
        else if (hash && !target.ids.includes(hash)) fail(line, `"${href}" links to a section that does not exist; ids in ${target.slug}: ${target.ids.join(", ")}`);
        continue;
      }
      const topicMatch = /^\/topics\/([^/?#]+)\/?$/.exec(path);
      if (topicMatch) {
        if (!isTopicId(topicMatch[1]!)) fail(line, `"${href}" links to a topic that does not exist`);
        continue;
      }
      if (!FIXED_PATHS.has(path)) fail(line, `"${href}" links to a page that does not exist; use /articles/<slug>, /topics/<topic> or ${[...FIXED_PATHS].join(", ")}`);
      else if (hash && pageIds.has(path) && !pageIds.get(path)!.includes(hash)) fail(line, `"${href}" points to no entry of ${path}; ids there: ${pageIds.get(path)!.join(", ")}`);
    }
    for (const { href, line } of article.images) {
      const file = decodeURIComponent(href.split(/[?#]/)[0]!);
      if (file.includes("..") || !existsSync(join(publicDir, file))) {
        problems.push(new ContentError(article.file, line, "image", `"${href}" does not exist in public/; put the file at public${file}`));
      }
    }
  }
  return problems;
}
