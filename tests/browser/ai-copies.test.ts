// The copies for AI assistants and the "Report a mistake" links, from the production server:
// /llms.txt and each article's .md copy answer with their content types, the notice and the
// security headers; an unknown .md is a 404; every report link carries the page and the section.
import { describe, expect, inject, it } from "vitest";
import { getArticleMarkdown, getLlmsTxt, getReportTarget, getStudies } from "@/lib/content";
import { reportHref } from "@/lib/report";
import { absoluteUrl, MEDICAL_NOTICE } from "@/lib/site";
import { securityHeaders } from "@/server/security-headers.mjs";
import { published } from "./published";

const baseUrl = inject("baseUrl");
const article =
  published.find((candidate) => candidate.sections.length >= 2 && candidate.references.length >= 2) ?? published[0]!;

const unescape = (value: string) =>
  value
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");
/** The href of every link whose text starts with `text`, in document order. */
const hrefsOf = (html: string, text: string) =>
  [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)/g)]
    .filter((match) => match[2]!.startsWith(text))
    .map((match) => unescape(match[1]!));

describe("/llms.txt", () => {
  it("is plain UTF-8 text with the security headers", async () => {
    const response = await fetch(`${baseUrl}/llms.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    for (const { key, value } of securityHeaders()) expect(response.headers.get(key), key).toBe(value);
    expect(await response.text()).toBe(getLlmsTxt());
  });

  it("lists every article's copy and every study page, after the notice", async () => {
    const text = await (await fetch(`${baseUrl}/llms.txt`)).text();
    expect(text.startsWith("# Microneedling, explained\n\n> ")).toBe(true);
    expect(text).toContain(`**${MEDICAL_NOTICE.lead}** ${MEDICAL_NOTICE.text}`);
    for (const { slug } of published) expect(text, slug).toContain(`](${absoluteUrl(`/articles/${slug}.md`)}): `);
    for (const { source } of getStudies())
      expect(text, source.id).toContain(`](${absoluteUrl(`/studies/${encodeURIComponent(source.id)}`)}): `);
  });
});

describe("an article's Markdown copy", () => {
  it("answers at /articles/<slug>.md as UTF-8 Markdown with the security headers", async () => {
    const response = await fetch(`${baseUrl}/articles/${article.slug}.md`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    for (const { key, value } of securityHeaders()) expect(response.headers.get(key), key).toBe(value);
    expect(await response.text()).toBe(getArticleMarkdown(article.slug));
  });

  it("is made on its first request and kept: later requests get the same bytes from Next's cache", async () => {
    // Another article than the one above, so that this test sees the copy's first request.
    const other = published.find((candidate) => candidate.slug !== article.slug) ?? article;
    const first = await fetch(`${baseUrl}/articles/${other.slug}.md`);
    const second = await fetch(`${baseUrl}/articles/${other.slug}.md`);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
  });

  it("cites the reference list by number and carries the notice", async () => {
    const text = await (await fetch(`${baseUrl}/articles/${article.slug}.md`)).text();
    expect(text.startsWith(`# ${article.meta.title}\n`)).toBe(true);
    expect(text).toContain(`**${MEDICAL_NOTICE.lead}**`);
    expect(text).not.toMatch(/\[@[^\]]+\]/);
    expect(text).toMatch(/ \[\d+(, \d+)*\]/);
    for (const { number } of article.references) expect(text).toMatch(new RegExp(`\\n${number}\\. `));
    for (const { title } of article.sections) expect(text).toContain(`\n## ${title}\n`);
  });

  it("is 404 for an unknown slug or an odd name, never a 500", async () => {
    for (const path of [
      "/articles/no-such-article.md",
      "/articles/Bad-Case.md",
      "/articles/x.md.md",
      "/articles/.md",
      `/articles/${article.slug}.MD`,
      "/articles/%zz.md",
      "/markdown/articles/no-such-article.md",
    ]) {
      expect((await fetch(baseUrl + path)).status, path).toBe(404);
    }
  });

  it("is linked from the end of its article", async () => {
    const html = await (await fetch(`${baseUrl}/articles/${article.slug}`)).text();
    expect(hrefsOf(html, "This page as Markdown")).toEqual([`/articles/${article.slug}.md`]);
  });
});

describe("report a mistake", () => {
  const target = getReportTarget();

  it("ends each section with a link that carries the page address and that section", async () => {
    const html = await (await fetch(`${baseUrl}/articles/${article.slug}`)).text();
    const pageUrl = absoluteUrl(`/articles/${article.slug}`);
    const expected = article.sections.map((section) =>
      reportHref(target, { pageUrl, pageTitle: article.meta.title, section })!,
    );
    expect(hrefsOf(html, "Report a mistake in this section")).toEqual(expected);
    if (target.url || target.email) {
      for (const [index, section] of article.sections.entries()) {
        const href = decodeURIComponent(expected[index]!);
        expect(href).toContain(`${pageUrl}#${section.id}`);
        expect(href).toContain(section.title);
      }
    }
  });

  it("ends the article with a link that carries its address", async () => {
    const html = await (await fetch(`${baseUrl}/articles/${article.slug}`)).text();
    const pageUrl = absoluteUrl(`/articles/${article.slug}`);
    expect(hrefsOf(html, "Report a mistake on this page")).toEqual([
      reportHref(target, { pageUrl, pageTitle: article.meta.title }),
    ]);
  });

  it("goes to About's section on reporting when no target is set, and that section exists", async () => {
    if (target.url || target.email) return;
    expect(target.about).toBe("/about#report-a-mistake");
    const about = await (await fetch(`${baseUrl}/about`)).text();
    expect(about).toMatch(/<h2 id="report-a-mistake">How to report a mistake/);
  });

  it("ends each study page with a link that carries its address", async () => {
    const study = getStudies()[0]!;
    const path = `/studies/${encodeURIComponent(study.source.id)}`;
    const html = await (await fetch(baseUrl + path)).text();
    expect(hrefsOf(html, "Report a mistake on this page")).toEqual([
      reportHref(target, { pageUrl: absoluteUrl(path), pageTitle: study.source.title }),
    ]);
  });
});
