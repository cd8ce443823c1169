// npm run search:index — after `next build`, indexes the prerendered article pages with Pagefind
// and writes the search bundle to public/pagefind, which `next start` (or any static host) serves.
// Next writes /articles/<slug> as .next/server/app/articles/<slug>.html; each file is added with
// the URL readers use, since Pagefind would otherwise keep the ".html".
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { close, createIndex } from "pagefind";
import { checkContent, contentRoot } from "../lib/content/load";
import { ParseCache } from "../lib/content/parse-cache";
import { studyPath } from "../lib/routes";
import { settings } from "../lib/settings.mjs";

const { BUILD_DIR: DIST, STATIC_EXPORT } = settings();
const BUILT_PAGES = `${DIST}/server/app`;
// Builds into another folder (test sites, the bench) keep their index beside their build, never
// over the real site's; a static export (npm run export) has it among its files.
const OUTPUT = STATIC_EXPORT ? "out/pagefind" : DIST !== ".next" ? `${DIST}/pagefind` : "public/pagefind";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith(".html") ? [join(dir, entry.name)] : [],
  );
}

/** "articles/x.html" -> "/articles/x"; "index.html" -> "/". */
const urlOf = (file: string) => "/" + relative(BUILT_PAGES, file).replace(/\.html$/, "").replace(/(^|\/)index$/, "");

async function main(): Promise<number> {
  if (!existsSync(BUILT_PAGES)) {
    console.error(`search:index: no ${BUILT_PAGES}; run next build first`);
    return 1;
  }
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const indexed: string[] = [];
  // Only pages that mark their body for search (articles and study pages); lists and the 404 would be noise.
  for (const file of htmlFiles(BUILT_PAGES)) {
    const content = readFileSync(file, "utf8");
    if (!content.includes("data-pagefind-body")) continue;
    const added = await index.addHTMLFile({ url: urlOf(file), content: content.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "") });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
    indexed.push(added.file.url);
  }
  rmSync(OUTPUT, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: OUTPUT });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${OUTPUT}: ${written.errors.join("; ")}`);
  await close();

  // Every published article and every study page must be findable, and nothing else.
  // The parses the build's content check kept (parse-cache.ts): a second parse of every article would cost seconds.
  const { content } = checkContent(contentRoot(), { includeDrafts: false, cache: ParseCache.open() });
  const expected = [...content.articles.map((article) => `/articles/${article.slug}`), ...[...content.registry.keys()].map(studyPath)];
  const missing = expected.filter((url) => !indexed.includes(url));
  const extra = indexed.filter((url) => !expected.includes(url));
  if (missing.length > 0 || extra.length > 0) {
    console.error(`search:index: missing ${missing.join(", ") || "none"}; unexpected ${extra.join(", ") || "none"}`);
    return 1;
  }
  console.log(`search:index: ${content.articles.length} articles and ${content.registry.size} study pages indexed into ${OUTPUT}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
