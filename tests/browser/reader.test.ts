// What a reader does, in real Chromium against the production server.
import { describe, expect, inject, it } from "vitest";
import { getArticle, getArticleSummaries } from "@/lib/content";
import { TOPICS } from "@/lib/topics";
import { openPage, sharedBrowser } from "./browser";
import { timeForPages } from "./published";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const articles = getArticleSummaries();
const first = articles[0]!;

describe("a reader", () => {
  it("opens the home page and follows the path to the first article", async () => {
    const { page, errors } = await openPage(browser());
    const response = await page.goto(baseUrl + "/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").count()).resolves.toBe(1);
    await page.getByRole("link", { name: first.meta.title, exact: true }).first().click();
    await page.waitForURL(`**/articles/${first.slug}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(first.meta.title);
    expect(errors).toEqual([]);
  });

  it("clicks a contents entry and lands on that section", async () => {
    const article = getArticle(first.slug)!;
    const target = article.sections.at(-1)!;
    const { page, errors } = await openPage(browser(), { viewport: { width: 390, height: 700 } });
    await page.goto(`${baseUrl}/articles/${article.slug}`);
    await page
      .getByRole("navigation", { name: "Contents" })
      .getByRole("link", { name: target.title, exact: true })
      .click();
    await page.waitForURL(`**/articles/${article.slug}#${target.id}`);
    const heading = page.locator(`h2#${target.id}`);
    await expect(heading.isVisible()).resolves.toBe(true);
    // Scrolling is smooth, so wait for it to settle near the top of the viewport.
    await expect
      .poll(() => heading.evaluate((el) => el.getBoundingClientRect().top), { timeout: 5_000 })
      .toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it("opens a deep link to a section scrolled to that section", async () => {
    const article = getArticle(articles.at(-1)!.slug)!;
    const target = article.sections[Math.floor(article.sections.length / 2)]!;
    const { page, errors } = await openPage(browser(), { viewport: { width: 390, height: 700 } });
    await page.goto(`${baseUrl}/articles/${article.slug}#${target.id}`);
    const top = () => page.locator(`h2#${target.id}`).evaluate((el) => el.getBoundingClientRect().top);
    // Smooth scrolling takes longer the further down the section is; give it time to settle.
    await expect.poll(top, { timeout: 5_000 }).toBeLessThan(200);
    expect(await top()).toBeGreaterThanOrEqual(-1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    expect(errors).toEqual([]);
  });

  it(
    "sees sections, contents and numbered references on every article",
    async () => {
      const { page, errors } = await openPage(browser());
      for (const summary of articles) {
        const article = getArticle(summary.slug)!;
        const response = await page.goto(`${baseUrl}/articles/${article.slug}`);
        expect(response?.status(), article.slug).toBe(200);
        const tocLinks = await page
          .getByRole("navigation", { name: "Contents" })
          .getByRole("link")
          .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
        expect(tocLinks).toEqual([...article.sections.map((section) => `#${section.id}`), "#references"]);
        for (const section of article.sections)
          await expect(page.locator(`section h2#${section.id}`).count()).resolves.toBe(1);
        const referenceIds = await page
          .locator('section[aria-labelledby="references"] li')
          .evaluateAll((items) => items.map((item) => item.id));
        expect(referenceIds).toEqual(article.references.map((reference) => `ref-${reference.source.id}`));
        // Every citation link points at an entry in the reference list.
        const citationTargets = await page
          .locator("a.citation")
          .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
        expect(citationTargets.length).toBe(article.citationCount);
        for (const href of citationTargets) expect(referenceIds).toContain(href!.slice(1));
      }
      expect(errors).toEqual([]);
    },
    timeForPages(articles.length),
  );

  it("gets the 404 page, with status 404 and the topics, for an unknown article", async () => {
    const { page } = await openPage(browser());
    const response = await page.goto(`${baseUrl}/articles/no-such-article`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toBe("Page not found");
    await expect(
      page.locator("main [data-topic-grid] a").evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
    ).resolves.toEqual(TOPICS.map((topic) => `/topics/${topic.id}`));
  });

  it("gets a 404 for an unknown topic", async () => {
    const response = await fetch(`${baseUrl}/topics/no-such-topic`);
    expect(response.status).toBe(404);
  });
});

describe("the reader's path", () => {
  it(
    "walks every article in topic order by the Next links",
    async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(`${baseUrl}/articles/${first.slug}`);
      const visited = [first.slug];
      for (let step = 1; step < articles.length; step++) {
        await page.getByRole("navigation", { name: "Previous and next article" }).locator("a[rel=next]").click();
        await page.waitForURL(`**/articles/${articles[step]!.slug}`);
        visited.push(new URL(page.url()).pathname.split("/").at(-1)!);
      }
      expect(visited).toEqual(articles.map((article) => article.slug));
      await expect(page.locator("a[rel=next]").count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    },
    timeForPages(articles.length),
  );
});
