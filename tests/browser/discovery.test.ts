// How search engines and feed readers find the articles: sitemap, robots.txt, the RSS feed and its
// link in every page's head, and structured data. XML is parsed by Chromium's own parser.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getSiteRoutes } from "@/lib/content";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/site";
import { TOPICS } from "@/lib/topics";
import { launch, openPage } from "./browser";
import { drafts, published, timeForPages } from "./published";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  // A blank page, for Chromium's XML parser (no hygiene checks: it never loads the site).
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Fetches an XML file and returns the text of every element matching `selector`, or the parser's error. */
async function xmlTexts(
  path: string,
  selector: string,
): Promise<{ contentType: string | null; error: string | null; texts: string[] }> {
  const response = await fetch(baseUrl + path);
  expect(response.status).toBe(200);
  const xml = await response.text();
  const parsed = await page.evaluate(
    ([text, query]) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      return {
        error: error ? error.textContent : null,
        texts: [...doc.querySelectorAll(query)].map((node) => node.textContent ?? ""),
      };
    },
    [xml, selector] as const,
  );
  return { contentType: response.headers.get("content-type"), ...parsed };
}

const articleUrls = published.map((article) => absoluteUrl(`/articles/${article.slug}`));
const draftUrls = drafts.map((article) => absoluteUrl(`/articles/${article.slug}`));
const count = (list: string[], value: string) => list.filter((item) => item === value).length;

describe("the sitemap", () => {
  it("is well-formed XML listing home, About, the tools, the glossary, every topic and every published article once", async () => {
    const { error, texts } = await xmlTexts("/sitemap.xml", "url > loc");
    expect(error).toBeNull();
    for (const url of articleUrls) expect(count(texts, url), url).toBe(1);
    for (const url of draftUrls) expect(texts).not.toContain(url);
    for (const topic of TOPICS) expect(count(texts, absoluteUrl(`/topics/${topic.id}`))).toBe(1);
    for (const path of ["/", "/about", "/plan", "/check", "/glossary"])
      expect(count(texts, absoluteUrl(path)), path).toBe(1);
    expect(texts).not.toContain(absoluteUrl("/search"));
    // The registry decides: every route it marks for the sitemap is there, and nothing else.
    expect(texts.sort()).toEqual(
      getSiteRoutes()
        .filter((route) => route.sitemap)
        .map((route) => absoluteUrl(route.path))
        .sort(),
    );
  });

  it("dates each article by its last change", async () => {
    const { texts } = await xmlTexts("/sitemap.xml", "url");
    for (const article of published) {
      const entry = texts.find((text) => text.includes(absoluteUrl(`/articles/${article.slug}`)))!;
      expect(entry).toContain((article.meta.updated ?? article.meta.published).toISOString());
    }
  });

  it("is named by robots.txt", async () => {
    const text = await (await fetch(`${baseUrl}/robots.txt`)).text();
    expect(text).toContain(`Sitemap: ${absoluteUrl("/sitemap.xml")}`);
    expect(text).toMatch(/^Allow: \/$/m);
  });
});

describe("the RSS feed", () => {
  it("is well-formed RSS listing every published article once, newest first", async () => {
    const { contentType, error, texts } = await xmlTexts("/feed.xml", "rss > channel > item > link");
    expect(contentType).toBe("application/rss+xml; charset=utf-8");
    expect(error).toBeNull();
    for (const url of articleUrls) expect(count(texts, url), url).toBe(1);
    for (const url of draftUrls) expect(texts).not.toContain(url);
    expect(texts.length).toBe(published.length);
    const { texts: dates } = await xmlTexts("/feed.xml", "item > pubDate");
    const times = dates.map((date) => Date.parse(date));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it(
    "is linked from the head of every page",
    async () => {
      const paths = [
        "/",
        "/about",
        "/search",
        "/no-such-page",
        ...TOPICS.map((topic) => `/topics/${topic.id}`),
        ...published.map((article) => `/articles/${article.slug}`),
      ];
      const { page: reader } = await openPage(browser, { javaScriptEnabled: false });
      for (const path of paths) {
        await reader.goto(baseUrl + path);
        const links = await reader
          .locator('head link[rel="alternate"][type="application/rss+xml"]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")));
        expect(links, path).toEqual([absoluteUrl("/feed.xml")]);
      }
    },
    timeForPages(4 + TOPICS.length + published.length),
  );
});

describe("structured data", () => {
  it(
    "describes each article as a MedicalWebPage with its citations and breadcrumb",
    async () => {
      const { page: reader } = await openPage(browser, { javaScriptEnabled: false });
      for (const article of published) {
        await reader.goto(`${baseUrl}/articles/${article.slug}`);
        const scripts = await reader.locator('script[type="application/ld+json"]').allTextContents();
        expect(scripts).toHaveLength(1);
        const data = JSON.parse(scripts[0]!);
        expect(data).toEqual(JSON.parse(JSON.stringify(articleJsonLd(article))));
        expect(data["@graph"][0]["@type"]).toBe("MedicalWebPage");
        expect(data["@graph"][0].citation).toHaveLength(article.references.length);
      }
    },
    timeForPages(published.length),
  );

  it("has an Open Graph article with its dates and topic on each article page", async () => {
    const { page: reader } = await openPage(browser, { javaScriptEnabled: false });
    const article = published[0]!;
    await reader.goto(`${baseUrl}/articles/${article.slug}`);
    const meta = (property: string) => reader.locator(`meta[property="${property}"]`).getAttribute("content");
    await expect(meta("og:type")).resolves.toBe("article");
    await expect(meta("og:url")).resolves.toBe(absoluteUrl(`/articles/${article.slug}`));
    await expect(meta("article:published_time")).resolves.toBe(article.meta.published.toISOString());
    await expect(meta("article:modified_time")).resolves.toBe(
      (article.meta.updated ?? article.meta.published).toISOString(),
    );
    await expect(meta("article:section")).resolves.toBe(TOPICS.find((topic) => topic.id === article.meta.topic)!.label);
    await expect(reader.locator('link[rel="canonical"]').getAttribute("href")).resolves.toBe(
      absoluteUrl(`/articles/${article.slug}`),
    );
  });
});
