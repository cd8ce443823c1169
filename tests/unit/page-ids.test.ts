import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_IDS } from "@/lib/content/body";
import { parseTestArticle as parseArticle } from "./fixtures";
import { articleSource } from "./fixtures";

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".tsx")
        ? [join(dir, entry.name)]
        : [],
  );

describe("ids the page itself uses", () => {
  it("are all reserved, so that no heading can take one", () => {
    const fixed = [...sourceFiles("app"), ...sourceFiles("components")].flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!),
    );
    expect(fixed.length).toBeGreaterThan(0);
    expect(fixed.filter((id) => !(PAGE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it("push a heading's generated id aside instead of being shared", () => {
    const { article } = parseArticle(
      articleSource({ body: "Cited [@alam-2014].\n\n## References\n\nText.\n\n### Ref alam 2014\n\nText." }),
      "content/articles/x.md",
    );
    expect(article!.ids).toEqual(["references-1", "ref-alam-2014-1"]);
  });

  it("cannot be chosen as an explicit id", () => {
    const { problems } = parseArticle(
      articleSource({ body: "Cited [@alam-2014].\n\n## Skip here {#main}\n\nText." }),
      "content/articles/x.md",
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'content/articles/x.md:10 heading — id "{#main}" is used by the page itself; choose another, like {#how-it-works}',
    ]);
  });
});
