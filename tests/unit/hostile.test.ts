// Hostile Markdown, front matter and source-registry entries through the real pipeline (parse the
// registry file and the article, check links, render the article's components and its JSON-LD):
// nothing that could run script or reach another site survives.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { ArticleView } from "@/components/article/ArticleView";
import { PageView } from "@/components/site/PageView";
import { parseArticle } from "@/lib/content/article";
import { articleLinks, checkLinks } from "@/lib/content/links";
import { checkContent } from "@/lib/content/load";
import { parsePage } from "@/lib/content/page";
import { parseSourceFile, registryProblems, toRegistry } from "@/lib/content/sources/registry";
import { vancouver } from "@/lib/content/sources/vancouver";
import { articleJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";
import {
  BODY_CASES,
  FRONT_MATTER_CASES,
  HOSTILE_CASES,
  HOSTILE_PAGES,
  SAFE_SOURCE_FILE,
  SOURCE_CASES,
  hostileSource,
  registryFileName,
  type HostileCase,
} from "../fixtures/hostile/corpus";
import { executableContent } from "../fixtures/hostile/executable";
import { writeHostileSite } from "../fixtures/hostile/site";
import { sectionHtml } from "@/lib/content/transforms/sections";

const safe = parseSourceFile(SAFE_SOURCE_FILE.text, `content/sources/${SAFE_SOURCE_FILE.name}`);

/** What the content check and the article page would make of one case: its registry file, then its article. */
function throughPipeline(hostile: HostileCase) {
  const file = `content/articles/${hostile.name}.md`;
  const own = hostile.registry
    ? parseSourceFile(hostile.registry.text, `content/sources/${registryFileName(hostile)}`)
    : { entries: [], problems: [] };
  const entries = [...safe.entries, ...own.entries];
  const registryErrors = [...safe.problems, ...own.problems, ...registryProblems(entries)];
  const { article, problems } = parseArticle(hostileSource(hostile), file, { registry: toRegistry(entries) });
  const linkProblems = article ? checkLinks([articleLinks(article)], [article], resolve("public")) : [];
  const errors = [...registryErrors, ...problems, ...linkProblems].filter((problem) => problem.severity === "error");
  const markup = article ? renderToStaticMarkup(createElement(ArticleView, { article })) : "";
  const jsonLd = article ? serializeJsonLd(articleJsonLd(article)) : "";
  return { article, errors, markup, jsonLd, works: own.entries.map((entry) => entry.source) };
}

/** Text as React writes it into HTML. */
const escaped = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/** Every string inside a front-matter value. */
const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];

afterEach(() => {
  delete (globalThis as { __pwned?: unknown }).__pwned;
});

describe("the hostile corpus", () => {
  it("is large enough to mean something", () => {
    expect(BODY_CASES.length).toBeGreaterThanOrEqual(40);
    expect(FRONT_MATTER_CASES.length).toBeGreaterThanOrEqual(10);
    expect(SOURCE_CASES.length).toBeGreaterThanOrEqual(10);
    expect(SOURCE_CASES.every((hostile) => hostile.registry)).toBe(true);
    expect(new Set(HOSTILE_CASES.map((hostile) => hostile.name)).size).toBe(HOSTILE_CASES.length);
  });
});

describe("hostile content the pipeline accepts is harmless", () => {
  const cases = HOSTILE_CASES.filter((hostile) => hostile.outcome.accepted);

  it.each(cases.map((hostile) => [hostile.name, hostile] as const))("%s", (_, hostile) => {
    const { article, errors, markup, jsonLd, works } = throughPipeline(hostile);
    expect(errors.map((error) => error.message)).toEqual([]);
    expect(article).toBeDefined();
    const html = [article!.intro?.html ?? "", ...article!.sections.map((section) => sectionHtml(section))].join("\n");
    expect(executableContent(html)).toEqual([]);
    expect(executableContent(markup)).toEqual([]);
    // Links and images use only the web's own schemes (relative ones have none).
    const schemes = [...markup.matchAll(/\s(?:href|src)="([a-zA-Z][a-zA-Z0-9+.-]*):/g)].map((match) =>
      match[1]!.toLowerCase(),
    );
    expect(schemes.filter((scheme) => !["http", "https", "mailto"].includes(scheme))).toEqual([]);
    // Ids are unique, so no heading takes over the skip link's or the references' target.
    const ids = [...markup.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    expect(ids.length).toBe(new Set(ids).size);
    // Front matter reaches the page as text, escaped, rather than being dropped or trusted.
    for (const value of strings(hostile.meta)) expect(markup).toContain(escaped(value));
    // So does a registry entry: its reference, as citation-js writes it, is text in the list.
    expect(works).toHaveLength(hostile.registry ? 1 : 0);
    for (const work of works) {
      expect(article!.references.map((reference) => reference.source.id)).toContain(work.id);
      expect(markup).toContain(`<li id="ref-${work.id}"`);
      expect(markup).toContain(escaped(vancouver(work)));
    }
    // The JSON-LD block holds no "<" that could close its script element, and still says what was cited.
    expect(jsonLd).not.toContain("<");
    const citations = (JSON.parse(jsonLd) as { "@graph": [{ citation: { name: string }[] }] })["@graph"][0].citation;
    expect(citations.map((citation) => citation.name)).toEqual(
      article!.references.map((reference) => reference.source.title),
    );
  });

  it("make up a site that passes the content check", () => {
    const root = mkdtempSync(join(tmpdir(), "hostile-content-"));
    try {
      const slugs = writeHostileSite(root);
      const { content, problems } = checkContent(root, { includeDrafts: true });
      expect(problems.filter((problem) => problem.severity === "error").map((problem) => problem.message)).toEqual([]);
      expect(content.articles.map((article) => article.slug).sort()).toEqual([...slugs].sort());
      // Every accepted registry file is in the registry, beside the safe work.
      expect(content.registry.size).toBe(1 + SOURCE_CASES.filter((hostile) => hostile.outcome.accepted).length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
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
    for (const name of ["front-matter-javascript", "front-matter-yaml-function", "source-yaml-function"]) {
      throughPipeline(HOSTILE_CASES.find((hostile) => hostile.name === name)!);
      expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    }
  });

  it("does not let a __proto__ key reach other objects", () => {
    for (const name of ["front-matter-prototype", "source-prototype"]) {
      const { works } = throughPipeline(HOSTILE_CASES.find((hostile) => hostile.name === name)!);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      for (const work of works) expect((work as { polluted?: unknown }).polluted).toBeUndefined();
    }
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
