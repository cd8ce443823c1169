// With JavaScript off, every page still reads in full and every link still goes somewhere.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { getArticle, getArticleSummaries, getNeighbours, getTopicArticles } from "@/lib/content";
import { TOPICS } from "@/lib/topics";
import { openPage, sharedBrowser } from "./browser";
import { timeForPages } from "./published";
import { siteRoutes } from "./routes";

const baseUrl = inject("baseUrl");
const routes = await siteRoutes(baseUrl);
const articles = getArticleSummaries();
const browser = sharedBrowser();

/** A page with scripts off; reduced motion makes in-page jumps instant. */
const noScript = () =>
  openPage(browser(), { javaScriptEnabled: false, reducedMotion: "reduce", viewport: { width: 1024, height: 700 } });

const words = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];

async function expectInView(page: Page, selector: string) {
  const box = await page.locator(selector).evaluate((el) => ({
    top: el.getBoundingClientRect().top,
    bottom: el.getBoundingClientRect().bottom,
    height: window.innerHeight,
  }));
  expect(box.top, `${selector} top`).toBeGreaterThanOrEqual(-1);
  expect(box.bottom, `${selector} bottom`).toBeLessThanOrEqual(box.height);
}

describe("without JavaScript", () => {
  it("the home page lists every topic and article, and its links open them", async () => {
    const { page } = await noScript();
    await page.goto(`${baseUrl}/`);
    // The site's script is on the page but did not run (it turns placeholders into buttons; the
    // framework's scripts are on no page at all).
    expect(
      await page.evaluate(
        () => [...document.scripts].some((script) => script.src.includes("/site.js?v=")) && !("next" in window),
      ),
    ).toBe(true);
    const path = await page
      .locator('section[aria-labelledby="reader-path"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    for (const topic of TOPICS) expect(path).toContain(`/topics/${topic.id}`);
    for (const article of articles) expect(path).toContain(`/articles/${article.slug}`);
    await page.locator(`section[aria-labelledby="reader-path"] a[href="/articles/${articles[0]!.slug}"]`).click();
    await page.waitForURL(`**/articles/${articles[0]!.slug}`);
    expect(await page.locator("h1").textContent()).toBe(articles[0]!.meta.title);
  });

  for (const summary of articles) {
    it(`article ${summary.slug} shows all its text, and its contents and next links work`, async () => {
      const article = getArticle(summary.slug)!;
      const { page } = await noScript();
      await page.goto(`${baseUrl}/articles/${article.slug}`);
      expect(await page.locator("h1").textContent()).toBe(article.meta.title);
      for (const section of article.sections) {
        const shown = new Set(words(await page.locator(`section[aria-labelledby="${section.id}"]`).innerText()));
        expect(
          words(section.text).filter((word) => !shown.has(word)),
          `words of "${section.title}" missing`,
        ).toEqual([]);
      }
      expect(await page.locator('section[aria-labelledby="references"] li').count()).toBe(article.references.length);

      for (const section of [...article.sections].reverse()) {
        await page.getByRole("navigation", { name: "Contents" }).locator(`a[href="#${section.id}"]`).click();
        expect(new URL(page.url()).hash).toBe(`#${section.id}`);
        await expectInView(page, `h2#${section.id}`);
      }

      const { next } = getNeighbours(article.slug);
      if (next) {
        await page.locator("a[rel=next]").click();
        await page.waitForURL(`**/articles/${next.slug}`);
        expect(await page.locator("h1").textContent()).toBe(next.meta.title);
      }
    });
  }

  for (const topic of TOPICS) {
    it(`topic ${topic.id} lists its articles and opens them`, async () => {
      const { page } = await noScript();
      await page.goto(`${baseUrl}/topics/${topic.id}`);
      expect(await page.locator("h1").textContent()).toBe(topic.label);
      const listed = await page
        .locator("main [data-article-list] > li > a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      const expected = getTopicArticles(topic.id);
      expect(listed).toEqual(expected.map(({ slug }) => `/articles/${slug}`));
      if (expected[0]) {
        await page.locator(`main a[href="/articles/${expected[0].slug}"]`).click();
        await page.waitForURL(`**/articles/${expected[0].slug}`);
        expect(await page.locator("h1").textContent()).toBe(expected[0].meta.title);
      }
    });
  }

  /** Links to files rather than pages; Chromium shows them as text, and asks for /favicon.ico as it does. */
  const FILE_PATH = /\.(?:md|txt|xml|ics)$/;

  it(
    "every link on every page leads to a page that exists, and to a part of it that exists",
    async () => {
      const { page } = await noScript();
      const ids = () => page.locator("[id]").evaluateAll((els) => els.map((el) => el.id));
      const broken: string[] = [];
      const targets = new Map<string, string>(); // link to another page -> the page it was found on
      for (const route of routes) {
        await page.goto(baseUrl + route.path);
        const here = new Set(await ids());
        const hrefs = await page
          .locator("a[href]")
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
        for (const href of hrefs.filter((href) => href.startsWith(baseUrl))) {
          const url = new URL(href);
          const id = decodeURIComponent(url.hash.slice(1));
          if (url.pathname !== route.path) targets.set(href, route.path);
          else if (id && !here.has(id)) broken.push(`${route.path} → ${url.hash}: no element with that id`);
        }
      }
      const idsOn = new Map<string, Set<string>>();
      for (const [href, from] of targets) {
        const url = new URL(href);
        if (!idsOn.has(url.pathname) && FILE_PATH.test(url.pathname)) {
          // A file, not a page (an article's Markdown copy): it must answer, and has no ids to link to.
          const response = await fetch(baseUrl + url.pathname);
          if (response.status !== 200) broken.push(`${from} → ${url.pathname}: HTTP ${response.status}`);
          idsOn.set(url.pathname, new Set());
        } else if (!idsOn.has(url.pathname)) {
          const response = await page.goto(baseUrl + url.pathname);
          if (response?.status() !== 200) broken.push(`${from} → ${url.pathname}: HTTP ${response?.status()}`);
          idsOn.set(url.pathname, new Set(await ids()));
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !idsOn.get(url.pathname)!.has(id))
          broken.push(`${from} → ${url.pathname}${url.hash}: no element with that id`);
      }
      expect(targets.size).toBeGreaterThan(routes.length);
      expect(broken).toEqual([]);
    },
    timeForPages(2 * routes.length),
  ); // each route, then each page its links lead to
});
