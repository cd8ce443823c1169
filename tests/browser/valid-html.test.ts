// Valid HTML whatever the input, checked with the W3C Nu HTML checker: the planner given an
// impossible date or control characters in its query, and articles whose text holds a control
// character or raw HTML the sanitizer drops. The markup itself is checked too, not only the text.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ArticleView } from "@/components/article/ArticleView";
import type { Article } from "@/lib/content";
import { articleContext, parseContentSource } from "@/lib/content/load";
import { htmlErrors } from "../fixtures/html-checker";
import { articleSource, testRegistry } from "../unit/fixtures";

const baseUrl = inject("baseUrl");
const page = async (path: string) => (await fetch(baseUrl + path)).text();
/** The markup of the <input> with this id. */
const input = (html: string, id: string) => new RegExp(`<input[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? "";

/** An article rendered as its page renders it, in a minimal document, through the check's own path. */
function articleDocument(body: string): { html: string; problems: string[] } {
  const { value, problems } = parseContentSource(
    "article",
    articleSource({ body }),
    "content/articles/odd-input.md",
    articleContext(undefined, testRegistry()),
  );
  const markup = renderToStaticMarkup(createElement(ArticleView, { article: value as Article }));
  return {
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Odd input</title></head><body>${markup}</body></html>`,
    problems: problems.map((p) => p.message),
  };
}

const pages: Record<string, string> = {};
let errors: Record<string, string[]> = {};
const control = articleDocument("Cited [@alam-2014].\n\nA line with \u0001 in it.");
const rawHtml = articleDocument(
  'Cited [@alam-2014].\n\n<span></span>\n\n<b onclick="x()"></b> <i></i>\n\n## A part\n\n<img src=x onerror=alert(1)>\n\nText.',
);

beforeAll(async () => {
  const goal = /<option value="([^"]+)"/.exec(await page("/plan"))![1]!;
  pages.impossibleDate = await page(`/plan?goal=${goal}&start=2027-02-29`);
  pages.controlInQuery = await page(`/plan?goal=${goal}&start=2027-01-10&interval=%01&sessions=3%01%7F`);
  pages.controlInArticle = control.html;
  pages.droppedRawHtml = rawHtml.html;
  errors = htmlErrors(pages);
}, 180_000);

describe("pages from odd input are valid HTML", () => {
  it("the planner given an impossible date leaves the date field empty and quotes the date in the message", () => {
    expect(errors.impossibleDate).toEqual([]);
    expect(input(pages.impossibleDate!, "start")).toMatch(/^<input type="date"[^>]* value=""/);
    expect(pages.impossibleDate).not.toContain('value="2027-02-29"');
    expect(pages.impossibleDate).toContain("“2027-02-29” is not a date");
  });

  it("the planner never puts a control character from the address back into the page", () => {
    expect(errors.controlInQuery).toEqual([]);
    expect(pages.controlInQuery).not.toMatch(/[\u0001\u007f]/);
    expect(input(pages.controlInQuery!, "sessions")).toContain(' value="3"');
    expect(input(pages.controlInQuery!, "interval")).toContain(' value=""');
  });

  it("an article with a control character: reported with its line, and not in the page", () => {
    expect(control.problems).toContain(
      "content/articles/odd-input.md:10 text — holds the invisible control character U+0001 (first at column 13), which a web page may not contain; delete it (often left by copying from another program)",
    );
    expect(errors.controlInArticle).toEqual([]);
    expect(pages.controlInArticle).not.toContain("\u0001");
    expect(pages.controlInArticle).toContain("<p>A line with  in it.</p>");
  });

  it("an article whose raw HTML the sanitizer drops: no empty paragraphs left behind", () => {
    expect(rawHtml.problems).toEqual([]);
    expect(errors.droppedRawHtml).toEqual([]);
    expect(pages.droppedRawHtml).not.toMatch(/<p>\s*<\/p>/);
    expect(pages.droppedRawHtml).not.toMatch(/onclick|onerror|<img/);
    expect(pages.droppedRawHtml).toContain("<p>Text.</p>");
  });
});
