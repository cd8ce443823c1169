import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkContent, loadContent } from "@/lib/content/load";
import { ContentErrorList } from "@/lib/content/errors";
import { articleSource, writeRegistry } from "./fixtures";

function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "content-"));
  mkdirSync(join(root, "articles"));
  writeRegistry(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, "articles", name), text);
  return root;
}

const errorsOf = (root: string) =>
  checkContent(root)
    .problems.filter((problem) => problem.severity === "error")
    .map((problem) => problem.message.replaceAll(relative(process.cwd(), root), "<dir>"));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("loading a content directory", () => {
  it("reports a link to an article that does not exist, and one to a missing section", () => {
    const root = contentDir({
      "one-article.md": articleSource({
        body: "Cited [@alam-2014]. See [two](/articles/two-article#nowhere) and [gone](/articles/gone).\n\n## Here",
      }),
      "two-article.md": articleSource({ body: "Cited [@alam-2014].\n\n## There" }),
    });
    expect(errorsOf(root)).toEqual([
      '<dir>/articles/one-article.md:8 link — "/articles/gone" links to an article that does not exist; known slugs: one-article, two-article',
      '<dir>/articles/one-article.md:8 link — "/articles/two-article#nowhere" links to a section that does not exist; ids in two-article: there',
    ]);
  });

  it("reports duplicate slugs", () => {
    const root = contentDir({ "acne.md": articleSource(), "acne.MD": articleSource() });
    expect(errorsOf(root)).toEqual([
      '<dir>/articles/acne.md:1 slug — "acne" is already used by <dir>/articles/acne.MD; rename one of the files',
    ]);
  });

  it("throws every error of every file together, one per line, with a count", () => {
    const root = contentDir({
      "bad-one.md": articleSource().replace("topic: science", "topic: nonsense"),
      "bad-two.md": articleSource({ body: "A claim [@ghost]." }),
    });
    let thrown: unknown;
    try {
      loadContent(root);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentErrorList);
    const lines = (thrown as Error).message.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/bad-one\.md:4 topic — must be one of: /);
    expect(lines[1]).toMatch(/bad-two\.md:8 citation — unknown source id "@ghost"/);
    expect(lines[2]).toBe("2 content errors");
    expect((thrown as ContentErrorList).problems.map((problem) => [problem.line, problem.field])).toEqual([
      [4, "topic"],
      [8, "citation"],
    ]);
  });

  it("orders articles along the reader's path and leaves drafts out of production", () => {
    const root = contentDir({
      "later-topic.md": articleSource().replace("topic: science", "topic: aftercare"),
      "earlier-topic.md": articleSource().replace("topic: science", "topic: what-it-is"),
      "a-draft.md": articleSource({ front: "draft: true\n" }),
    });
    expect(checkContent(root, { includeDrafts: true }).content.articles.map((a) => a.slug)).toEqual([
      "earlier-topic",
      "a-draft",
      "later-topic",
    ]);
    expect(checkContent(root, { includeDrafts: false }).content.articles.map((a) => a.slug)).toEqual([
      "earlier-topic",
      "later-topic",
    ]);
  });

  it("loads once per process: a second call returns the same object without reading again", () => {
    vi.stubEnv("NODE_ENV", "production");
    const root = contentDir({ "only-article.md": articleSource() });
    const first = loadContent(root);
    writeFileSync(
      join(root, "articles", "only-article.md"),
      articleSource().replace("topic: science", "topic: nonsense"),
    );
    expect(loadContent(root)).toBe(first);
  });

  it("in development, picks up a saved change on the next load", () => {
    vi.stubEnv("NODE_ENV", "development");
    const root = contentDir({ "only-article.md": articleSource() });
    expect(loadContent(root).articles[0]!.meta.topic).toBe("science");
    const changed =
      articleSource().replace("topic: science", "topic: benefits") + "\nA longer body so the size changes.\n";
    writeFileSync(join(root, "articles", "only-article.md"), changed);
    expect(loadContent(root).articles[0]!.meta.topic).toBe("benefits");
  });
});
