// What the search index must hold: every published article and every study page, nothing else.
// The build's content check, which has just parsed everything, writes the list into the build's
// cache folder beside the parses; the search index, built in the same `npm run build`, compares
// what it indexed with it, instead of loading all the content a second time (seconds at 1,000
// articles: the parses are read back and the links between them checked again).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { SiteContent } from "../lib/content/load";
import { studyPath } from "../lib/routes";
import { settings } from "../lib/settings.mjs";

export const expectedSearchFile = () => resolve(settings().BUILD_DIR, "cache", "content", "search-expected.json");

/** The URLs of every published article (drafts are never built) and every study page. */
export function expectedSearchUrls(content: Pick<SiteContent, "allArticles" | "registry">): string[] {
  const articles = content.allArticles
    .filter((article) => !article.meta.draft)
    .map((article) => `/articles/${article.slug}`);
  return [...articles, ...[...content.registry.keys()].map(studyPath)];
}

export function writeExpectedSearchUrls(urls: readonly string[], file = expectedSearchFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(urls) + "\n");
  renameSync(temporary, file);
}

export const readExpectedSearchUrls = (file = expectedSearchFile()): string[] =>
  JSON.parse(readFileSync(file, "utf8")) as string[];
