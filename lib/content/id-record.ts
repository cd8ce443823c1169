// Shared links point at /articles/<slug>#<id>. The build keeps a record of the ids it
// published, so that content:check can say which ones an edit made disappear.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "./article";
import { ContentError } from "./errors";

export const RECORD_FILE = ".last-build-ids.json";

type IdRecord = Record<string, string[]>;

export function readIdRecord(root: string): IdRecord | undefined {
  const path = join(root, RECORD_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as IdRecord;
  } catch {
    return undefined; // a damaged record only means there is nothing to compare with
  }
}

export function writeIdRecord(root: string, articles: readonly Article[]): void {
  const record: IdRecord = Object.fromEntries(articles.filter((a) => !a.meta.draft).map((a) => [a.slug, a.ids]));
  writeFileSync(join(root, RECORD_FILE), JSON.stringify(record, null, 1) + "\n");
}

/** Warnings for published articles and section ids that the last build had and the content no longer has. */
export function disappearedIds(record: IdRecord, articles: readonly Article[], articlesDir: string, invalidSlugs: ReadonlySet<string> = new Set()): ContentError[] {
  const now = new Map(articles.filter((a) => !a.meta.draft).map((a) => [a.slug, a]));
  const warnings: ContentError[] = [];
  for (const [slug, ids] of Object.entries(record)) {
    const article = now.get(slug);
    if (invalidSlugs.has(slug)) continue; // the file is still there; its errors are reported
    if (!article) {
      warnings.push(new ContentError(join(articlesDir, `${slug}.md`), 1, "slug", `"/articles/${slug}" was published in the last build and is gone; links to it will break`, "warning"));
      continue;
    }
    for (const id of ids) {
      if (!article.ids.includes(id)) {
        warnings.push(
          new ContentError(article.file, 1, "heading", `id "${id}" was in the last build and is gone; links to /articles/${slug}#${id} break. Keep it with "## New heading {#${id}}"`, "warning"),
        );
      }
    }
  }
  return warnings;
}
