// Splitting at ## headings: intro, sections with the ids given to their headings, ###
// headings listed, sanitized HTML (raw HTML dropped) and plain text per part.
import type { Heading } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/html";
import { sectionHtml, splitSections } from "@/lib/content/transforms/sections";

function withIds(markdown: string, ids: string[]) {
  const tree = parseMarkdown(markdown);
  const headings = tree.children.filter(
    (node): node is Heading => node.type === "heading" && (node.depth === 2 || node.depth === 3),
  );
  const idOf = new Map(headings.map((heading, index) => [heading, ids[index]!]));
  return { tree, idOf };
}

describe("splitSections", () => {
  it("puts what comes before the first ## into the intro and each ## part into a section", () => {
    const { tree, idOf } = withIds(
      'Intro *text*.\n\n## First part\n\nOne.\n\n### Detail\n\nTwo.\n\n## Second\n\nThree <span onclick="steal()">raw</span>',
      ["first", "detail", "second"],
    );
    const { intro, sections } = splitSections(tree, idOf);
    expect(intro).toEqual({ html: "<p>Intro <em>text</em>.</p>", text: "Intro text." });
    expect(sections).toEqual([
      {
        id: "first",
        title: "First part",
        text: "One.\nDetail\nTwo.",
        headings: [{ id: "detail", title: "Detail" }],
        citations: [],
        parts: [{ html: "<p>One.</p>\n<h3>Detail</h3>\n<p>Two.</p>" }],
      },
      {
        id: "second",
        title: "Second",
        text: "Three raw",
        headings: [],
        citations: [],
        parts: [{ html: "<p>Three raw</p>" }],
      },
    ]);
    expect(sections.map(sectionHtml)).toEqual(["<p>One.</p>\n<h3>Detail</h3>\n<p>Two.</p>", "<p>Three raw</p>"]);
  });

  it("has no intro when the body starts with a ## heading, and wraps wide tables in a scroll box", () => {
    const { tree, idOf } = withIds("## Only\n\n| A | B |\n|---|---|\n| 1 | 2 |", ["only"]);
    const { intro, sections } = splitSections(tree, idOf);
    expect(intro).toBeUndefined();
    expect(sectionHtml(sections[0]!)).toMatch(
      /^<div class="table-scroll" role="region" tabindex="0" aria-label="Table: A, B"><table>/,
    );
  });
});
