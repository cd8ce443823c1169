// npm run content:check — validates all content without building.
// Prints a line per article (words, reading time, readability, citations), then every
// problem, one per line, and exits 1 if any is an error. With --record (used by
// npm run build) it also records the published section ids for the next comparison,
// and keeps its parses in the build's cache folder for the build's workers.
import { relative } from "node:path";
import { formatProblems, sortProblems } from "../lib/content/errors";
import { disappearedIds, readIdRecord, writeIdRecord } from "../lib/content/id-record";
import { articlesDir, checkContent, contentRoot } from "../lib/content/load";
import { ParseCache } from "../lib/content/parse-cache";
import { parseInParallel } from "./parse-in-parallel";
import { expectedSearchUrls, writeExpectedSearchUrls } from "./search-expected";

const started = performance.now();
const root = contentRoot();
const building = process.argv.includes("--record");
// Before a build, parse on every core and keep the parses for the build's own processes (see parse-cache.ts).
const cache = building ? ParseCache.open() : undefined;
if (cache) await parseInParallel(root, cache);
const { content, problems: found, files, slugs } = checkContent(root, { includeDrafts: true, cache });
const valid = new Set(content.allArticles.map((article) => article.slug));
const invalid = new Set([...slugs].filter((slug) => !valid.has(slug)));
const record = readIdRecord(root);
const disappeared = record
  ? disappearedIds(record, content.allArticles, relative(process.cwd(), articlesDir(root)), invalid)
  : [];
const problems = sortProblems([...found, ...disappeared]);

const rows = content.allArticles.map((article) => [
  article.slug + (article.meta.draft ? " (draft)" : ""),
  String(article.wordCount),
  `${article.readingMinutes} min`,
  article.readabilityGrade.toFixed(1),
  String(article.citationCount),
]);
const header = ["article", "words", "reading", "grade", "citations"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) =>
  cells
    .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
    .join("  ");
if (rows.length > 0) {
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("(grade: Flesch–Kincaid reading grade; aim for 9 or below)\n");
}

const errors = problems.filter((problem) => problem.severity === "error");
console.log(formatProblems(problems));
const warnings = problems.length - errors.length;
console.log(
  `${files} files checked in ${Math.round(performance.now() - started)} ms${warnings ? `; ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`,
);
// Only content that will be built is recorded and cached: a failed check leaves the dist folder alone.
if (errors.length === 0 && building) {
  writeIdRecord(root, content.allArticles);
  cache?.save();
  writeExpectedSearchUrls(expectedSearchUrls(content));
}
process.exit(errors.length > 0 ? 1 : 0);
