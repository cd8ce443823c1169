// npm run content:check — validates all content without building.
// Prints a line per article (words, reading time, readability, citations), then every
// problem, one per line, and exits 1 if any is an error.
import { checkContent, contentRoot } from "../content/load";
import { formatProblems } from "../content/errors";

const started = performance.now();
const { content, problems } = checkContent(contentRoot(), { includeDrafts: true });

const rows = content.allArticles.map((article) => [
  article.slug + (article.meta.draft ? " (draft)" : ""),
  String(article.wordCount),
  `${article.readingMinutes} min`,
  article.readabilityGrade.toFixed(1),
  String(article.citationCount),
]);
const header = ["article", "words", "reading", "grade", "citations"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
if (rows.length > 0) {
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("(grade: Flesch–Kincaid reading grade; aim for 9 or below)\n");
}

const errors = problems.filter((problem) => problem.severity === "error");
console.log(formatProblems(problems));
const warnings = problems.length - errors.length;
console.log(`${content.allArticles.length} articles, ${content.pages.size} pages checked in ${Math.round(performance.now() - started)} ms${warnings ? `; ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`);
process.exit(errors.length > 0 ? 1 : 0);
