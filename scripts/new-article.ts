// npm run new-article -- --topic <topic> "Title"
// Writes content/articles/<slug>.md with valid structure and TODO placeholders that
// content:check flags until they are replaced, including a [@todo-source] citation: an
// article lists no sources, it cites works of the registry (content/sources/) by id.
// Never overwrites an existing file.
import GithubSlugger from "github-slugger";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { isTopicId, TOPIC_IDS } from "../lib/topics";
import { contentRoot } from "../lib/content/load";
import { articleTemplate } from "../lib/content/template";

function fail(message: string): never {
  console.error(message);
  console.error('Usage: npm run new-article -- --topic <topic> "Title of the article"');
  process.exit(1);
}

function main() {
  const { values, positionals } = parseArgs({ options: { topic: { type: "string" } }, allowPositionals: true });
  const title = positionals.join(" ").trim();
  if (!values.topic || !isTopicId(values.topic))
    fail(`--topic must be one of: ${TOPIC_IDS.join(", ")}${values.topic ? ` (got "${values.topic}")` : ""}`);
  if (!title) fail("Give the article's title in quotes.");
  const slug = new GithubSlugger()
    .slug(title)
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  if (!slug) fail(`Cannot make a file name from "${title}"; use letters or numbers in the title.`);
  const dir = join(contentRoot(), "articles");
  const file = join(dir, `${slug}.md`);
  if (existsSync(file))
    fail(`${relative(process.cwd(), file)} already exists; choose another title or edit that file.`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, articleTemplate(title, values.topic, new Date()), { flag: "wx" });
  console.log(`Created ${relative(process.cwd(), file)} — the article will live at /articles/${slug}`);
  console.log(
    `Next: replace every TODO and cite each work as [@id] of the source registry (${relative(process.cwd(), join(contentRoot(), "sources")) || "sources"}/; add a work there first if it is new: see CONTRIBUTING.md).`,
  );
  console.log("Then run `npm run content:check` and `npm run dev` to see it.");
}

main();
