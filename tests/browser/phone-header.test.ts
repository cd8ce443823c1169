// The header on a phone: one short row (site name, search, a Topics disclosure), so that the first
// screen holds the page's title and the start of its answer; every topic stays reachable by keyboard
// with JavaScript off, and search stays one tap away.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { TOPICS } from "@/lib/topics";
import { openPage, sharedBrowser } from "./browser";
import { published } from "./published";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();
const SCREENSHOTS = resolve("test-results/screenshots");
/** Phone screens: the smallest in use (320 × 568), a common Android (375 × 667) and a recent iPhone (390 × 844). */
const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
];
/** The article with the longest title: the one whose title takes the most room. */
const longestTitle = [...published].sort((a, b) => b.meta.title.length - a.meta.title.length)[0]!;
const topicPaths = TOPICS.map((topic) => `/topics/${topic.id}`);

/** Where the element's box starts and ends, in CSS pixels from the top of the page. */
async function verticalExtent(page: Page, selector: string): Promise<{ top: number; bottom: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return { top: box.y, bottom: box.y + box.height };
}

describe.each(PHONES)("at $width × $height", (viewport) => {
  it(`shows the title of ${longestTitle.slug} and the start of its summary in the first screen`, async () => {
    const { page } = await openPage(browser(), { viewport });
    await page.goto(`${baseUrl}/articles/${longestTitle.slug}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/phone-header-${viewport.width}.png` });
    const header = await verticalExtent(page, "body > header");
    const title = await verticalExtent(page, "article h1");
    const summary = await verticalExtent(page, "article .lede");
    // The header is one row of tap targets, not three rows of links.
    expect(header.bottom, "header height").toBeLessThanOrEqual(80);
    expect(title.bottom, "the title's last line").toBeLessThanOrEqual(viewport.height);
    // At least the summary's first line (about 30 px) is in view.
    expect(summary.top + 30, "the summary's first line").toBeLessThanOrEqual(viewport.height);
  });

  it("reaches every topic by keyboard with JavaScript off, through the Topics disclosure", async () => {
    const { page } = await openPage(browser(), { viewport, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/about`);
    const reached: string[] = [];
    for (let stop = 0; stop < 40 && reached.length < topicPaths.length; stop++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return {
          tag: element?.tagName.toLowerCase(),
          text: element?.textContent?.trim(),
          href: element?.getAttribute("href"),
        };
      });
      if (focused.tag === "summary" && focused.text === "Topics") await page.keyboard.press("Enter");
      if (focused.href && topicPaths.includes(focused.href)) reached.push(focused.href);
    }
    expect(reached).toEqual(topicPaths);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-header-open-${viewport.width}.png` });
    // Following one opens that topic.
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}${topicPaths.at(-1)}`);
  });

  it("keeps search one tap away", async () => {
    const { page } = await openPage(browser(), { viewport, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/about`);
    await page.getByRole("banner").getByRole("link", { name: "Search" }).click();
    await page.waitForURL(`${baseUrl}/search`);
    await expect(page.getByRole("searchbox", { name: "Search the guide" }).isVisible()).resolves.toBe(true);
  });
});

describe("at 1280 px wide", () => {
  it("shows the search box and every topic link in the header, with no disclosure", async () => {
    const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl}/about`);
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("searchbox").isVisible()).resolves.toBe(true);
    const links = banner.getByRole("navigation", { name: "Topics" }).getByRole("link");
    await expect(
      links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href"))),
    ).resolves.toEqual(topicPaths);
    await expect(banner.locator("summary").isVisible()).resolves.toBe(false);
  });
});
