// Files no editor meant to write, next to real content: the content check, the build and
// `next dev` all list the same message for each (file and line, or "whole file"), never a
// stack trace, and the good files are still checked and served.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyContent, run, serve } from "./sites";

const DIST = ".next-test-bad-input";
const content = copyContent();
const articles = join(content, "articles");
const shown = relative(process.cwd(), articles);
const sources = join(content, "sources");
const shownSources = relative(process.cwd(), sources);
const env = { CONTENT_DIR: content, BUILD_DIR: DIST };
const [first] = readdirSync(articles)
  .filter((name) => name.endsWith(".md"))
  .sort();
const good = readFileSync(join(articles, first!), "utf8");

mkdirSync(join(articles, "folder.md"));
symlinkSync(join(content, "gone.md"), join(articles, "broken-link.md"));
writeFileSync(join(articles, "empty.md"), "");
writeFileSync(join(articles, "binary.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
writeFileSync(join(articles, "not-utf8.md"), Buffer.from("---\ntitle: Caf\xe9\n---\n", "latin1"));
writeFileSync(join(articles, "deep-quotes.md"), `---\ntitle: Pasted\n---\n${"> ".repeat(3000)}text\n`);
writeFileSync(join(articles, "control-character.md"), `${good.trimEnd()}\n\nA line with \u0001 in it.\n`);
const controlLine = good.trimEnd().split("\n").length + 2;
// The source registry is content too.
mkdirSync(join(sources, "folder.yaml"));
writeFileSync(join(sources, "empty.json"), "");

const expected = [
  `${shown}/binary.md:1 file — is not text: it holds NUL bytes, as images, PDFs and word-processor files do; save it as plain-text Markdown (UTF-8)`,
  `${shown}/broken-link.md (whole file) file — is a link to "${join(content, "gone.md")}", which does not exist; point the link at a file, or delete it`,
  `${shown}/control-character.md:${controlLine} text — holds the invisible control character U+0001 (first at column 13), which a web page may not contain; delete it (often left by copying from another program)`,
  `${shown}/deep-quotes.md:4 nesting — lists and block quotes are nested 3,000 levels deep here; at most 32 are allowed: remove the extra ">" marks, list markers or indentation`,
  `${shown}/empty.md:1 file — is empty; a content file starts with front matter (a "---" line, the fields, another "---" line), then the text`,
  `${shown}/folder.md (whole file) file — is a folder, not a file; rename it so that its name does not end in ".md", or move it out of the content folder`,
  `${shownSources}/empty.json:1 file — is empty; a registry file holds one work (id, type, title, …) or a list of them`,
  `${shownSources}/folder.yaml (whole file) file — is a folder, not a file; rename it so that its name does not end in ".yaml", or move it out of the content folder`,
  `${shown}/not-utf8.md:2 file — is not UTF-8 text (byte 0xE9 at offset 14); save the file as UTF-8 (in most editors: "Save with encoding", UTF-8)`,
];
const STACK_TRACE = /\n\s+at \S+ \(|RangeError|EISDIR|ENOENT/;

/** Text as React writes it into a page. */
const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

afterAll(() => {
  // next dev may still be writing its folder for a moment after SIGTERM: retry while it does.
  const retrying = { recursive: true, force: true, maxRetries: 10, retryDelay: 500 };
  rmSync(DIST, retrying);
  rmSync(`${DIST}-dev`, retrying);
  rmSync(content, retrying);
});

describe("files that are not what they should be", () => {
  it("content:check lists each one, still checks the rest, and exits 1", () => {
    const check = run("node_modules/.bin/tsx", ["scripts/content-check.ts"], env);
    expect(check.status).toBe(1);
    for (const line of expected) expect(check.output).toContain(line);
    expect(check.output).toMatch(/^9 content errors$/m);
    expect(check.output).toContain(first!.replace(/\.md$/, "")); // the good files' table
    expect(check.output).not.toMatch(STACK_TRACE);
  }, 120_000);

  it("the build lists the same and builds nothing", () => {
    const build = run("npm", ["run", "build"], env);
    expect(build.status).not.toBe(0);
    for (const line of expected) expect(build.output).toContain(line);
    expect(build.output).not.toMatch(STACK_TRACE);
  }, 180_000);

  it("next dev lists the same in the page and serves the good files", async () => {
    const server = await serve("dev", { CONTENT_DIR: content, BUILD_DIR: `${DIST}-dev` });
    try {
      const home = await fetch(`${server.baseUrl}/`);
      expect(home.status).toBe(200);
      const html = await home.text();
      expect(html).toContain("9 content errors");
      for (const line of expected) expect(html).toContain(escaped(line));
      expect(html).not.toMatch(STACK_TRACE);
      const article = await fetch(`${server.baseUrl}/articles/${first!.replace(/\.md$/, "")}`);
      expect(article.status).toBe(200);
    } finally {
      // Waits for next dev's processes to end, so that none is still writing its folder when afterAll removes it.
      const seconds = await server.stopAndWait();
      console.log(`next dev stopped: its processes gone ${seconds.toFixed(1)} s after SIGTERM`);
    }
  }, 240_000);
});
