// An editor's round trip on a copy of the real content: break it in several ways at
// once, see content:check and the build list every problem and refuse; restore it
// and see both pass; drafts stay out of the production build but show in dev.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyContent, run, serve } from "./sites";

const DIST = ".next-test-editing";
const content = copyContent();
const articlesDir = join(content, "articles");
const shown = relative(process.cwd(), articlesDir);
const env = { CONTENT_DIR: content, BUILD_DIR: DIST };
const [first, second, third] = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".md"))
  .sort();
const originals = new Map(
  [first!, second!, third!].map((name) => [name, readFileSync(join(articlesDir, name), "utf8")]),
);

/** The 1-based line of the first line matching `pattern` in a text. */
const lineOf = (text: string, pattern: RegExp) => text.split("\n").findIndex((line) => pattern.test(line)) + 1;

afterAll(() => {
  rmSync(DIST, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

describe("a broken copy of the real content", () => {
  // Three files, three kinds of mistake, plus a fourth that is not even valid YAML.
  const one = originals.get(first!)!.replace(/^description: .*$/m, 'description: "Too short."');
  const two = originals.get(second!)!.replace(/\n\n([^\n#-][^\n]*)\n/, "\n\n$1 [@no-such-source]\n");
  const three = originals
    .get(third!)!
    .replace(/\n\n([^\n#-][^\n]*)\n/, "\n\n$1 See [this](/articles/no-such-article).\n");
  const expected = [
    `${shown}/${first}:${lineOf(one, /^description:/)} description — must be 50–160 characters (got 10)`,
    `${shown}/${second}:${lineOf(two, /no-such-source/)} citation — unknown source id "@no-such-source"`,
    `${shown}/${third}:${lineOf(three, /no-such-article/)} link — "/articles/no-such-article" links to an article that does not exist`,
    `${shown}/zz-broken-yaml.md:3 front matter — is not valid YAML`,
  ];

  it("makes content:check list every problem and exit 1", () => {
    writeFileSync(join(articlesDir, first!), one);
    writeFileSync(join(articlesDir, second!), two);
    writeFileSync(join(articlesDir, third!), three);
    writeFileSync(
      join(articlesDir, "zz-broken-yaml.md"),
      "---\ntitle: fine\n  description: badly indented\n---\nBody\n",
    );
    const check = run("node_modules/.bin/tsx", ["scripts/content-check.ts"], env);
    expect(check.status).toBe(1);
    for (const line of expected) expect(check.output).toContain(line);
    expect(check.output).toContain("4 content errors");
  });

  it("makes the build fail with the same list and write no site", () => {
    const build = run("npm", ["run", "build"], env);
    expect(build.status).not.toBe(0);
    for (const line of expected) expect(build.output).toContain(line);
    expect(build.output).not.toMatch(/\n\s+at \S+ \(/); // a list, not a stack trace
    expect(existsSync(join(DIST, "BUILD_ID"))).toBe(false);
  });

  it("passes content:check and the build once restored; drafts stay out of production", () => {
    for (const [name, text] of originals) writeFileSync(join(articlesDir, name), text);
    rmSync(join(articlesDir, "zz-broken-yaml.md"));
    const draft = originals
      .get(first!)!
      .replace(/^title: .*$/m, 'title: "An unpublished draft on the same topic"')
      .replace(/^published: .*$/m, "published: 2026-11-20\ndraft: true");
    writeFileSync(join(articlesDir, "unpublished-draft.md"), draft);

    const check = run("node_modules/.bin/tsx", ["scripts/content-check.ts"], env);
    expect(check.output).toContain("0 content errors");
    expect(check.output).toContain("unpublished-draft (draft)");
    expect(check.status).toBe(0);

    const build = run("npm", ["run", "build"], env);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(DIST, "BUILD_ID"))).toBe(true);
    const pages = join(DIST, "server", "app");
    expect(existsSync(join(pages, "articles", "unpublished-draft.html"))).toBe(false);
    const html = [
      join(pages, "index.html"),
      ...readdirSync(join(pages, "topics"))
        .filter((f) => f.endsWith(".html"))
        .map((f) => join(pages, "topics", f)),
      ...readdirSync(join(pages, "articles"))
        .filter((f) => f.endsWith(".html"))
        .map((f) => join(pages, "articles", f)),
    ];
    for (const file of html) {
      const page = readFileSync(file, "utf8");
      expect(page, file).not.toContain("unpublished-draft");
      expect(page, file).not.toContain("An unpublished draft on the same topic");
    }
    // A full production build, which grows with every article: the same limit as the export and hostile hooks.
  }, 300_000);
});

describe("next dev on the copy", () => {
  it("shows drafts with a banner, picks up a saved change, and lists errors in the page instead of crashing", async () => {
    const server = await serve("dev", { CONTENT_DIR: content, BUILD_DIR: `${DIST}-dev` });
    try {
      const draft = await fetch(`${server.baseUrl}/articles/unpublished-draft`);
      expect(draft.status).toBe(200);
      expect(await draft.text()).toContain("Draft: this article is not published");

      const path = join(articlesDir, second!);
      writeFileSync(
        path,
        originals.get(second!)!.replace(/^title: .*$/m, 'title: "A title changed while the server runs"'),
      );
      const changed = await fetch(`${server.baseUrl}/articles/${second!.replace(/\.md$/, "")}`);
      expect(await changed.text()).toContain("A title changed while the server runs");

      writeFileSync(join(articlesDir, first!), originals.get(first!)!.replace(/^topic: .*$/m, "topic: nonsense"));
      const home = await fetch(`${server.baseUrl}/`);
      expect(home.status).toBe(200);
      const page = await home.text();
      expect(page).toContain("1 content error");
      expect(page).toContain(`${first}:${lineOf(originals.get(first!)!, /^topic:/)} topic — must be one of:`);
    } finally {
      // next dev's workers go on writing their cache for a while after the signal: removing the
      // folder before they exit failed with ENOTEMPTY in a fresh-clone run.
      await server.stopAndWait();
      rmSync(`${DIST}-dev`, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  }, 180_000);
});
