// Hostile Markdown and front matter through the real pipeline (parse, check links, render
// the article's components): nothing that could run script or reach another site survives.
import { resolve } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleView } from "@/components/article/ArticleView";
import { PageView } from "@/components/site/PageView";
import { parseArticle } from "@/lib/content/article";
import { articleLinks, checkLinks } from "@/lib/content/links";
import { parsePage } from "@/lib/content/page";
import { BODY_CASES, FRONT_MATTER_CASES, HOSTILE_CASES, HOSTILE_PAGES, hostileSource, type HostileCase } from "../fixtures/hostile/corpus";
import { executableContent } from "../fixtures/hostile/executable";

/** What the content check and the article page would make of one file. */
function throughPipeline(hostile: HostileCase) {
  const file = `content/articles/${hostile.name}.md`;
  const { article, problems } = parseArticle(hostileSource(hostile), file);
  const linkProblems = article ? checkLinks([articleLinks(article)], [article], resolve("public")) : [];
  const errors = [...problems, ...linkProblems].filter((problem) => problem.severity === "error");
  const markup = article ? renderToStaticMarkup(createElement(ArticleView, { article })) : "";
  return { article, errors, markup };
}

/** Text as React writes it into HTML. */
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** Every string inside a front-matter value. */
const strings = (value: unknown): string[] =>
  typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];

afterEach(() => {
  delete (globalThis as { __pwned?: unknown }).__pwned;
});

describe("the hostile corpus", () => {
  it("is large enough to mean something", () => {
    expect(BODY_CASES.length).toBeGreaterThanOrEqual(40);
    expect(FRONT_MATTER_CASES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(HOSTILE_CASES.map((hostile) => hostile.name)).size).toBe(HOSTILE_CASES.length);
  });
});

describe("hostile content the pipeline accepts is harmless", () => {
  const cases = HOSTILE_CASES.filter((hostile) => hostile.outcome.accepted);

  it.each(cases.map((hostile) => [hostile.name, hostile] as const))("%s", (_, hostile) => {
    const { article, errors, markup } = throughPipeline(hostile);
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(article).toBeDefined();
    const html = [article!.intro?.html ?? "", ...article!.sections.map((section) => section.html)].join("\n");
    expect(executableContent(html)).toEqual([]);
    expect(executableContent(markup)).toEqual([]);
    // Links and images use only the web's own schemes (relative ones have none).
    const schemes = [...markup.matchAll(/\s(?:href|src)="([a-zA-Z][a-zA-Z0-9+.-]*):/g)].map((match) => match[1]!.toLowerCase());
    expect(schemes.filter((scheme) => !["http", "https", "mailto"].includes(scheme))).toEqual([]);
    // Ids are unique, so no heading takes over the skip link's or the references' target.
    const ids = [...markup.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    expect(ids.length).toBe(new Set(ids).size);
    // Front matter reaches the page as text, escaped, rather than being dropped or trusted.
    for (const value of strings(hostile.meta)) expect(markup).toContain(escaped(value));
  });
});

describe("hostile content the pipeline refuses fails the content check", () => {
  const cases = HOSTILE_CASES.filter((hostile) => !hostile.outcome.accepted);

  it.each(cases.map((hostile) => [hostile.name, hostile] as const))("%s", (_, hostile) => {
    const { errors } = throughPipeline(hostile);
    const field = hostile.outcome.accepted ? "" : hostile.outcome.field;
    expect(errors.map((error) => error.field)).toContain(field);
  });

  it("never evaluates JavaScript front matter or YAML code tags", () => {
    for (const name of ["front-matter-javascript", "front-matter-yaml-function"]) {
      throughPipeline(HOSTILE_CASES.find((hostile) => hostile.name === name)!);
      expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    }
  });

  it("does not let a __proto__ key reach other objects", () => {
    throughPipeline(HOSTILE_CASES.find((hostile) => hostile.name === "front-matter-prototype")!);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("hostile stand-alone pages are harmless", () => {
  it.each(Object.entries(HOSTILE_PAGES))("%s", (slug, source) => {
    const { page, problems } = parsePage(source, `content/pages/${slug}.md`);
    expect(problems.map((problem) => problem.message)).toEqual([]);
    const markup = renderToStaticMarkup(createElement(PageView, { page: page! }));
    expect(executableContent(markup)).toEqual([]);
    expect(markup).toContain(escaped(page!.meta.title));
  });
});

describe("the executable-content check itself", () => {
  // A check that finds nothing in anything proves nothing: it must see what the sanitizer removes.
  it.each([
    ["<script>x</script>", "<script> element"],
    ['<img src="x" onerror="x">', "onerror on <img>"],
    ['<a href="&#106;ava&#x09;script:x">a</a>', 'href="javascript:x" on <a>'],
    ['<a href=" JAVASCRIPT:x">a</a>', 'href="JAVASCRIPT:x" on <a>'],
    ['<img src="data:image/svg+xml,x">', 'src="data:image/svg+xml,x" on <img>'],
    ['<p style="x">a</p>', "style on <p>"],
    ['<meta http-equiv="refresh">', "<meta> element"],
    ["<!-- <script> -->", 'a "<" that opens no plain tag: <!--  -->'],
  ])("finds %s", (html, finding) => {
    expect(executableContent(html)).toContain(finding);
  });
});
