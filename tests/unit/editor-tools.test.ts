import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/article";
import { sortProblems } from "@/lib/content/errors";
import { disappearedIds } from "@/lib/content/id-record";
import { articleTemplate } from "@/lib/content/template";
import { articleSource } from "./fixtures";

describe("new-article template", () => {
  it("is valid apart from the TODO placeholders, which content:check names one by one", () => {
    const source = articleTemplate("Does microneedling help rosacea?", "benefits", new Date("2026-11-21T09:00:00Z"));
    expect(source).toContain("published: 2026-11-21\n");
    expect(source).toContain("topic: benefits\n");
    const messages = sortProblems(parseArticle(source, "content/articles/does-microneedling-help-rosacea.md").problems).map((p) => p.message);
    const file = "content/articles/does-microneedling-help-rosacea.md";
    expect(messages).toEqual([
      `${file}:3 description — still holds a TODO placeholder; replace it with real text`,
      `${file}:7 summary[0] — still holds a TODO placeholder; replace it with real text`,
      `${file}:10 sources[0].title — still holds a TODO placeholder; replace it with real text`,
      `${file}:12 sources[0].url — still holds a TODO placeholder; give the real address`,
      `${file}:15 text — still holds a TODO placeholder; replace it with real text`,
      `${file}:17 text — still holds a TODO placeholder; replace it with real text`,
      `${file}:19 text — still holds a TODO placeholder; replace it with real text`,
    ]);
  });
});

describe("ids that disappeared since the last build", () => {
  const article = parseArticle(articleSource({ body: "[@alam-2014]\n\n## Renamed part\n\n## Kept part" }), "content/articles/x.md").article!;

  it("warns for each id the last build had and the content no longer has", () => {
    const warnings = disappearedIds({ x: ["old-part", "kept-part"], gone: ["a"] }, [article], "content/articles");
    expect(warnings.map((w) => [w.severity, w.message])).toEqual([
      ["warning", 'content/articles/x.md:1 heading — id "old-part" was in the last build and is gone; links to /articles/x#old-part break. Keep it with "## New heading {#old-part}"'],
      ["warning", 'content/articles/gone.md:1 slug — "/articles/gone" was published in the last build and is gone; links to it will break'],
    ]);
  });

  it("is quiet when an explicit {#id} keeps the old id", () => {
    const kept = parseArticle(articleSource({ body: "[@alam-2014]\n\n## Renamed part {#old-part}\n\n## Kept part" }), "content/articles/x.md").article!;
    expect(disappearedIds({ x: ["old-part", "kept-part"] }, [kept], "content/articles")).toEqual([]);
  });
});
