// In `next dev` a saved file is the only one parsed again (lib/content/latest-parses.ts), and
// what the site shows is the same as a fresh parse of everything.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/load";
import { LatestParses } from "@/lib/content/latest-parses";
import { articleSource, REGISTRY_FILES, writeRegistry } from "./fixtures";

const [FIRST, SECOND] = Object.keys(REGISTRY_FILES).map((name) => name.replace(/\.yaml$/, ""));

/** Three articles: two cite the first registry entry, one cites the second. */
function contentDir(): string {
  const root = mkdtempSync(join(tmpdir(), "latest-parses-"));
  mkdirSync(join(root, "articles"));
  writeRegistry(root, [FIRST!, SECOND!]);
  writeFileSync(join(root, "articles", "one-article.md"), articleSource({ body: `One cites [@${FIRST}].` }));
  writeFileSync(join(root, "articles", "two-article.md"), articleSource({ body: `Two cites [@${FIRST}].` }));
  writeFileSync(join(root, "articles", "three-article.md"), articleSource({ body: `Three cites [@${SECOND}].` }));
  return root;
}

/** What readers would see of each article, for comparing a cached load with a fresh one. */
const shown = (root: string, cache?: LatestParses) => {
  const { content, problems } = checkContent(root, { cache, includeDrafts: true });
  return {
    articles: content.allArticles.map((article) => ({
      slug: article.slug,
      intro: article.intro?.html,
      sections: article.sections,
      references: article.references,
    })),
    problems: problems.map((problem) => problem.message),
  };
};

describe("keeping each file's latest parse", () => {
  it("parses every file once, then none while nothing changes", () => {
    const root = contentDir();
    const cache = new LatestParses();
    shown(root, cache);
    expect(cache.parsedCount).toBe(5); // three articles, two registry files
    shown(root, cache);
    expect(cache.parsedCount).toBe(5);
  });

  it("parses a saved article again, alone, and shows its new text", () => {
    const root = contentDir();
    const cache = new LatestParses();
    shown(root, cache);
    writeFileSync(
      join(root, "articles", "two-article.md"),
      articleSource({ body: `Two now says something else [@${FIRST}].` }),
    );
    const after = shown(root, cache);
    expect(cache.parsedCount).toBe(6);
    expect(JSON.stringify(after.articles)).toContain("Two now says something else");
    expect(after).toEqual(shown(root));
  });

  it("parses again only the articles citing a saved registry entry", () => {
    const root = contentDir();
    const cache = new LatestParses();
    shown(root, cache);
    const file = join(root, "sources", `${SECOND}.yaml`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "A corrected title of the work"'));
    const after = shown(root, cache);
    expect(cache.parsedCount).toBe(5 + 2); // the registry file and the one article citing it
    expect(JSON.stringify(after.articles)).toContain("A corrected title of the work");
    expect(after).toEqual(shown(root));
  });

  it("parses every article again when a cited id leaves the registry, and reports each use", () => {
    const root = contentDir();
    const cache = new LatestParses();
    shown(root, cache);
    writeRegistry(root, [SECOND!]);
    writeFileSync(
      join(root, "sources", `${FIRST}.yaml`),
      REGISTRY_FILES[`${SECOND}.yaml`]!.replace(/^id: .*$/m, "id: renamed-2099"),
    );
    const after = shown(root, cache);
    expect(after.problems.filter((message) => message.includes(`unknown source id "@${FIRST}"`))).toHaveLength(2);
    expect(after).toEqual(shown(root));
  });
});
