// Searching the guide: the header's search box, the Pagefind index built after `next build`, and
// the search page with and without JavaScript.
import { describe, expect, inject, it } from "vitest";
import { getTopic, TOPICS } from "@/lib/topics";
import { openPage, sharedBrowser } from "./browser";
import { uniqueBodyWord } from "./published";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const { word, article } = uniqueBodyWord();

describe("search", () => {
  it(`finds the one article whose body has the word "${word}", first, with its topic and a snippet`, async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await page.getByRole("search", { name: "Site" }).getByRole("searchbox").fill(word);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/search?q=${word}`);
    const first = page.locator(".search-results > li").first();
    await first.waitFor();
    await expect(first.locator("a").getAttribute("href")).resolves.toBe(`/articles/${article.slug}`);
    await expect(first.locator("a").textContent()).resolves.toBe(article.meta.title);
    await expect(first.locator(".eyebrow").textContent()).resolves.toBe(getTopic(article.meta.topic)!.label);
    await expect(first.locator("mark").first().textContent()).resolves.toMatch(new RegExp(word.slice(0, 5), "i"));
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/found for “/);
    // The query stays in the page's own search box.
    await expect(page.locator("#search-query").inputValue()).resolves.toBe(word);
    await first.locator("a").click();
    await page.waitForURL(`**/articles/${article.slug}`);
    expect(errors).toEqual([]);
  });

  it("says so when nothing matches", async () => {
    const { page, errors } = await openPage(browser());
    // A string that matches no page. Pagefind does not only match whole words: "zzqxjvw", the string used
    // before, matched two pages once the figures' sources (meng-2022, chopra-2015) were added.
    await page.goto(`${baseUrl}/search?q=qqzzxxkk`);
    // Pagefind first loads its WebAssembly and index in a worker: seconds on a busy machine.
    await expect
      .poll(() => page.getByRole("status").textContent(), { timeout: 15_000 })
      .toBe("No articles found for “qqzzxxkk”.");
    await expect(page.locator(".search-results").count()).resolves.toBe(0);
    // With JavaScript running, the page no longer says search needs it.
    await expect(page.getByText("Search needs JavaScript").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it("without JavaScript, submits from the header and says search needs JavaScript, with the topic lists", async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/about`);
    await page.getByRole("search", { name: "Site" }).getByRole("searchbox").fill(word);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/search?q=${word}`);
    await expect(page.getByText("Search needs JavaScript").isVisible()).resolves.toBe(true);
    const topics = await page
      .getByRole("navigation", { name: "Browse by topic" })
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(topics).toEqual(TOPICS.map((topic) => `/topics/${topic.id}`));
  });
});
