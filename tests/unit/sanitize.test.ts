import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import { articleSource } from "./fixtures";
import { sectionHtml } from "@/lib/content/transforms/sections";

const htmlOf = (body: string) => {
  const { article } = parseArticle(articleSource({ body: `Cited [@alam-2014].\n\n${body}` }), "content/articles/x.md");
  return [article!.intro?.html ?? "", ...article!.sections.map(sectionHtml)].join("\n");
};

describe("HTML from Markdown is sanitized", () => {
  it("drops raw HTML: script, iframe, event handlers", () => {
    const html = htmlOf(
      '<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n<img src="x" onerror="alert(1)">\n\nText <b onclick="alert(1)">bold</b>.',
    );
    expect(html).not.toMatch(/<script|<iframe|onerror|onclick|<img/i);
  });

  it("removes javascript: and data: URLs from links and images", () => {
    const html = htmlOf(
      "[click](javascript:alert(1)) [x](JaVaScRiPt:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) ![i](javascript:alert(1))",
    );
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain("<a>click</a>");
  });

  it("keeps ordinary links and formatting", () => {
    expect(htmlOf("A [link](https://example.org/page) and **bold**.")).toContain(
      '<a href="https://example.org/page">link</a> and <strong>bold</strong>',
    );
  });

  it("gives ### headings clean ids, not the sanitizer's user-content- prefix", () => {
    const html = htmlOf("## Part\n\n### How long does redness last?");
    expect(html).toContain('<h3 id="how-long-does-redness-last">How long does redness last?</h3>');
    expect(html).not.toContain("user-content-");
  });
});

describe("tables", () => {
  it("sit in a focusable region named by their column headings, so a wide one scrolls inside it", () => {
    const html = htmlOf("| Measure | Before |\n| --- | --- |\n| Score | 62 |");
    expect(html).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Measure, Before"><table>',
    );
    expect(html).toMatch(/<\/table><\/div>/);
  });
});
