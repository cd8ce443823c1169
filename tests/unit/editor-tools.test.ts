import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import { sortProblems } from "@/lib/content/errors";
import { disappearedIds } from "@/lib/content/id-record";
import { articleTemplate, TODO_SOURCE_ID } from "@/lib/content/template";
import { articleSource, testRegistry } from "./fixtures";

describe("new-article template", () => {
  const file = "content/articles/does-microneedling-help-rosacea.md";
  const source = articleTemplate("Does microneedling help rosacea?", "benefits", new Date("2026-11-21T09:00:00Z"));

  it("is valid apart from the TODO placeholders, which content:check names one by one", () => {
    expect(source).toContain("published: 2026-11-21\n");
    expect(source).toContain("reviewed: 2026-11-21\nnextReview: 2027-11-21\n");
    expect(source).toContain("topic: benefits\n");
    const messages = sortProblems(parseArticle(source, file).problems).map((p) => p.message);
    const unknown = `citation — unknown source id "@${TODO_SOURCE_ID}"; it is not in the source registry (content/sources/): add the work there, or fix the id`;
    expect(messages).toEqual([
      `${file}:3 description — still holds a TODO placeholder; replace it with real text`,
      `${file}:10 summary[0] — still holds a TODO placeholder; replace it with real text`,
      `${file}:15 ${unknown}`,
      `${file}:15 text — still holds a TODO placeholder; replace it with real text`,
      `${file}:17 text — still holds a TODO placeholder; replace it with real text`,
      `${file}:19 ${unknown}`,
      `${file}:19 text — still holds a TODO placeholder; replace it with real text`,
    ]);
  });

  it("lists no sources of its own and shows how to cite the registry", () => {
    const frontMatter = source.split("---\n")[1]!;
    expect(frontMatter).not.toMatch(/^sources:/m);
    expect(source).toContain(`[@${TODO_SOURCE_ID}]`);
    expect(source).toContain("content/sources/");
    // The placeholder id is never a real one, so the check cannot pass while it is there.
    expect(testRegistry().has(TODO_SOURCE_ID)).toBe(false);
  });

  it("passes the check once the TODOs are written and the citation names a work of the registry", () => {
    const written = source.replaceAll(`[@${TODO_SOURCE_ID}]`, "[@alam-2014]").replaceAll("TODO: ", "");
    const { article, problems } = parseArticle(written, file);
    expect(problems.filter((p) => p.severity === "error").map((p) => p.message)).toEqual([]);
    expect(article!.references.map((reference) => reference.source.id)).toEqual(["alam-2014"]);
  });
});

describe("ids that disappeared since the last build", () => {
  const article = parseArticle(
    articleSource({ body: "[@alam-2014]\n\n## Renamed part\n\n## Kept part" }),
    "content/articles/x.md",
  ).article!;

  it("warns for each id the last build had and the content no longer has", () => {
    const warnings = disappearedIds({ x: ["old-part", "kept-part"], gone: ["a"] }, [article], "content/articles");
    expect(warnings.map((w) => [w.severity, w.message])).toEqual([
      [
        "warning",
        'content/articles/x.md:1 heading — id "old-part" was in the last build and is gone; links to /articles/x#old-part break. Keep it with "## New heading {#old-part}"',
      ],
      [
        "warning",
        'content/articles/gone.md:1 slug — "/articles/gone" was published in the last build and is gone; links to it will break',
      ],
    ]);
  });

  it("is quiet when an explicit {#id} keeps the old id", () => {
    const kept = parseArticle(
      articleSource({ body: "[@alam-2014]\n\n## Renamed part {#old-part}\n\n## Kept part" }),
      "content/articles/x.md",
    ).article!;
    expect(disappearedIds({ x: ["old-part", "kept-part"] }, [kept], "content/articles")).toEqual([]);
  });
});
