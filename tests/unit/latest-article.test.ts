// In `next dev`, the live reload sends a saved article's new text with its event (issue 19):
// latestArticle parses that file alone, and what it gives is what a fresh load of everything shows.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkContent, latestArticle, loadContent } from "@/lib/content/load";
import { articleSource, REGISTRY_FILES, writeRegistry } from "./fixtures";

const [FIRST, SECOND] = Object.keys(REGISTRY_FILES).map((name) => name.replace(/\.yaml$/, ""));

function contentDir(): string {
  const root = mkdtempSync(join(tmpdir(), "latest-article-"));
  mkdirSync(join(root, "articles"));
  writeRegistry(root, [FIRST!, SECOND!]);
  writeFileSync(join(root, "articles", "one-article.md"), articleSource({ body: `One cites [@${FIRST}].` }));
  writeFileSync(join(root, "articles", "two-article.md"), articleSource({ body: `Two cites [@${SECOND}].` }));
  return root;
}

/** What the article's page shows of its text, from a fresh load of everything. */
function freshlyLoaded(root: string, slug: string) {
  const article = checkContent(root, { includeDrafts: true }).content.allArticles.find((a) => a.slug === slug);
  return article && { meta: article.meta, intro: article.intro, sections: article.sections };
}

const shown = (article: ReturnType<typeof latestArticle>["article"]) =>
  article && { meta: article.meta, intro: article.intro, sections: article.sections };

beforeEach(() => {
  vi.stubEnv("NODE_ENV", "development");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("a saved article, for the live reload", () => {
  it("is what a fresh load shows, with no errors", () => {
    const root = contentDir();
    loadContent(root);
    const path = join(root, "articles", "two-article.md");
    writeFileSync(path, articleSource({ body: `Two now says *something else* [@${SECOND}].\n\n## A part\n\nMore.` }));
    const { article, errors } = latestArticle(root, path);
    expect(errors).toEqual([]);
    expect(article?.intro?.html).toContain("<em>something else</em>");
    expect(shown(article)).toEqual(freshlyLoaded(root, "two-article"));
  });

  it("comes with its errors when it is broken", () => {
    const root = contentDir();
    loadContent(root);
    const path = join(root, "articles", "one-article.md");
    writeFileSync(path, articleSource({ body: `One cites [@${FIRST}].` }).replace(/^topic: .*$/m, "topic: nonsense"));
    const { errors } = latestArticle(root, path);
    expect(errors.map((error) => error.message).join("\n")).toContain("topic — must be one of:");
  });

  it("is what a fresh load shows when a registry entry changed too", () => {
    const root = contentDir();
    loadContent(root);
    writeFileSync(
      join(root, "sources", `${SECOND}.yaml`),
      REGISTRY_FILES[`${SECOND}.yaml`]!.replace(/^title: .*$/m, 'title: "A corrected title"'),
    );
    const path = join(root, "articles", "two-article.md");
    writeFileSync(path, articleSource({ body: `Two now cites again [@${SECOND}].` }));
    const { article, errors } = latestArticle(root, path);
    expect(errors).toEqual([]);
    expect(shown(article)).toEqual(freshlyLoaded(root, "two-article"));
  });
});
