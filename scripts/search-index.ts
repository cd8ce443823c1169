// npm run search:index — after `next build`, indexes the prerendered article pages with Pagefind
// and writes the search bundle to public/pagefind, which `next start` (or any static host) serves.
// Next writes /articles/<slug> as .next/server/app/articles/<slug>.html; each file is added with
// the URL readers use, since Pagefind would otherwise keep the ".html".
// `npm run build` calls indexForSearch() in its own process (no second tsx start) with the list of
// URLs its content check wrote (search-expected.ts); run alone, this loads the content for it.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { close, createIndex } from "pagefind";
import { studyPath } from "../lib/routes";
import { settings } from "../lib/settings.mjs";
import { htmlFiles } from "../server/framework-js";

const { BUILD_DIR: DIST, STATIC_EXPORT } = settings();
const BUILT_PAGES = `${DIST}/server/app`;
// Builds into another folder (test sites, the bench) keep their index beside their build, never
// over the real site's; a static export (npm run export) has it among its files.
const OUTPUT = STATIC_EXPORT ? "out/pagefind" : DIST !== ".next" ? `${DIST}/pagefind` : "public/pagefind";

/** Files handed to Pagefind at once. */
const IN_FLIGHT = 32;

/** "articles/x.html" -> "/articles/x"; "index.html" -> "/". */
const urlOf = (file: string) =>
  "/" +
  relative(BUILT_PAGES, file)
    .replace(/\.html$/, "")
    .replace(/(^|\/)index$/, "");

/** Indexes the built pages; 0 when exactly the `expected` URLs were indexed, 1 otherwise (and says why). */
export async function indexForSearch(expected: () => readonly string[]): Promise<number> {
  if (!existsSync(BUILT_PAGES)) {
    console.error(`search:index: no ${BUILT_PAGES}; run next build first`);
    return 1;
  }
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const indexed: string[] = [];
  // Only pages that mark their body for search (articles and study pages); lists and the 404 would be noise.
  // Several files in flight at once: Pagefind's indexer is a separate process, and one file at a
  // time leaves it waiting on each round trip.
  const add = async (file: string) => {
    const content = readFileSync(file, "utf8");
    if (!content.includes("data-pagefind-body")) return;
    const added = await index.addHTMLFile({
      url: urlOf(file),
      content: content.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ""),
    });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join("; ")}`);
    indexed.push(added.file.url);
  };
  const files = htmlFiles(BUILT_PAGES);
  for (let start = 0; start < files.length; start += IN_FLIGHT)
    await Promise.all(files.slice(start, start + IN_FLIGHT).map(add));
  rmSync(OUTPUT, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: OUTPUT });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${OUTPUT}: ${written.errors.join("; ")}`);
  await close();

  // Every published article and every study page must be findable, and nothing else.
  const wanted = new Set(expected());
  const found = new Set(indexed);
  const missing = [...wanted].filter((url) => !found.has(url));
  const extra = indexed.filter((url) => !wanted.has(url));
  if (missing.length > 0 || extra.length > 0) {
    console.error(`search:index: missing ${missing.join(", ") || "none"}; unexpected ${extra.join(", ") || "none"}`);
    return 1;
  }
  const articles = indexed.filter((url) => url.startsWith("/articles/")).length;
  console.log(`search:index: ${articles} articles and ${indexed.length - articles} study pages indexed into ${OUTPUT}`);
  return 0;
}

/** Run alone: what the content holds now. The parses the build's content check kept (parse-cache.ts): a second parse of every article would cost seconds. */
async function expectedFromContent(): Promise<string[]> {
  const { checkContent, contentRoot } = await import("../lib/content/load");
  const { ParseCache } = await import("../lib/content/parse-cache");
  const { content } = checkContent(contentRoot(), { includeDrafts: false, cache: ParseCache.open() });
  return [
    ...content.articles.map((article) => `/articles/${article.slug}`),
    ...[...content.registry.keys()].map(studyPath),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  expectedFromContent()
    .then((expected) => indexForSearch(() => expected))
    .then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
}
