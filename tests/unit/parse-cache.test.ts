// The build's parse cache: a load through it gives exactly what a fresh parse gives, reuses
// entries only for the same file, text and parsing code, and fills from parallel threads.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseInParallel } from "@/scripts/parse-in-parallel";
import { writeSyntheticContent } from "@/bench/generate";
import { ContentError } from "@/lib/content/errors";
import { checkContent } from "@/lib/content/load";
import { codeVersion, ParseCache, parserFiles } from "@/lib/content/parse-cache";
import { articleSource, writeRegistry } from "./fixtures";

const temporary = mkdtempSync(join(tmpdir(), "parse-cache-"));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(temporary, "content-"));
  mkdirSync(join(root, "articles"));
  writeRegistry(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, "articles", name), text);
  return root;
}

/** What a load shows, without object identity. */
const view = (result: ReturnType<typeof checkContent>) => ({
  articles: result.content.allArticles,
  pages: [...result.content.pages],
  problems: result.problems.map((problem) => [problem.message, problem.severity, problem instanceof ContentError]),
});

describe("the parse cache key", () => {
  it("covers the content loader and every module it imports, and nothing that only pages, scripts or the bench use", () => {
    const files = parserFiles();
    for (const file of [
      "lib/content/load.ts",
      "lib/content/article.ts",
      "lib/content/body.ts",
      "lib/content/html.ts",
      "lib/content/schema.ts",
      "lib/readability.ts",
      "lib/topics.ts",
    ])
      expect(files).toContain(file);
    for (const file of files) expect(file).toMatch(/^lib\//);
    expect(files.filter((file) => file.startsWith("lib/seo/") || file.startsWith("lib/plan/"))).toEqual([]);
  });
});

describe("the parse cache", () => {
  it("gives the same content and problems as a fresh parse, dates and errors included", () => {
    const root = contentDir({
      "good-article.md": articleSource({
        body: "Cited [@alam-2014].\n\n## First part\n\nSee [the other](/articles/bad-article).",
      }),
      "bad-article.md": articleSource({ body: "A claim [@ghost].\n\n## Here" }),
    });
    const file = join(temporary, "fresh.v8");
    const fresh = checkContent(root, { includeDrafts: true });
    const writing = new ParseCache(file, "v1");
    expect(view(checkContent(root, { includeDrafts: true, cache: writing }))).toEqual(view(fresh));
    writing.save();

    const reading = new ParseCache(file, "v1");
    const cached = checkContent(root, { includeDrafts: true, cache: reading });
    expect(reading.parsedCount).toBe(0);
    expect(view(cached)).toEqual(view(fresh));
    expect(cached.content.allArticles[0]!.meta.published).toBeInstanceOf(Date);
    expect(cached.problems.some((problem) => problem.severity === "error")).toBe(true);
  });

  it("parses again when the text, the file name or the parsing code changed", () => {
    const file = join(temporary, "keys.v8");
    const parse = vi.fn(() => ({ value: "parsed", problems: [] as ContentError[] }));
    const first = new ParseCache(file, "v1");
    first.get("a.md", "text", parse);
    first.save();
    expect(parse).toHaveBeenCalledTimes(1);

    const same = new ParseCache(file, "v1");
    expect(same.get("a.md", "text", parse).value).toBe("parsed");
    expect(parse).toHaveBeenCalledTimes(1);
    new ParseCache(file, "v1").get("a.md", "other text", parse);
    new ParseCache(file, "v1").get("b.md", "text", parse);
    new ParseCache(file, "v2").get("a.md", "text", parse);
    expect(parse).toHaveBeenCalledTimes(4);
  });

  it("parses an article again when the glossary's terms changed, since it links their first use", () => {
    const glossary = (definition: string) =>
      `---\ntitle: "Glossary"\ndescription: "Plain meanings of the words used in this guide, with links to where each is explained."\nupdated: 2026-11-21\nterms:\n  - { id: collagen, term: "Collagen", definition: "${definition}" }\n---\n\nIntro.\n`;
    const root = contentDir({ "one-article.md": articleSource({ body: "Collagen grows [@alam-2014].\n\n## Part" }) });
    const file = join(temporary, "glossary.v8");
    writeFileSync(join(root, "glossary.md"), glossary("A protein that gives skin strength."));
    const first = new ParseCache(file, "v1");
    checkContent(root, { cache: first });
    first.save();

    writeFileSync(join(root, "glossary.md"), glossary("A protein that keeps skin firm."));
    const second = new ParseCache(file, "v1");
    const cached = checkContent(root, { cache: second });
    expect(second.parsedCount).toBe(1);
    expect(view(cached)).toEqual(view(checkContent(root)));
    expect(JSON.stringify(cached.content.allArticles[0]!)).toContain("keeps skin firm");
  });

  it("keeps only the entries of the last load when it saves", () => {
    const file = join(temporary, "prune.v8");
    const parse = () => ({ value: 1, problems: [] });
    const first = new ParseCache(file, "v1");
    first.get("old.md", "old", parse);
    first.save();
    const second = new ParseCache(file, "v1");
    second.get("new.md", "new", parse);
    second.save();
    const third = new ParseCache(file, "v1");
    expect(third.has("new.md", "new")).toBe(true);
    expect(third.has("old.md", "old")).toBe(false);
  });

  it("fingerprints the parsing code from lib/ and the lockfile", () => {
    expect(codeVersion()).toMatch(/^[0-9a-f]{64}$/);
  });

  it("fills from parallel threads so that the check itself parses nothing", async () => {
    const root = writeSyntheticContent(64, mkdtempSync(join(temporary, "synthetic-")));
    const cache = new ParseCache(undefined, codeVersion()!);
    expect(await parseInParallel(root, cache, 2)).toBe(2);
    const result = checkContent(root, { includeDrafts: true, cache });
    expect(cache.parsedCount).toBe(0);
    expect(view(result)).toEqual(view(checkContent(root, { includeDrafts: true })));
  }, 180_000);
});
