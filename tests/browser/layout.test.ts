// The page fits a 320 px phone without sideways scrolling or cut-off text, keeps a
// readable line length on a wide screen, and leaves screenshots for a person to look at.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getArticleSummaries } from "@/lib/content";
import { launch, openPage } from "./browser";
import { charactersPerLine, measureOverflow } from "./layout";
import { siteRoutes } from "./routes";

const baseUrl = inject("baseUrl");
const articles = getArticleSummaries();
/** The article with the most words: the one most likely to hold wide tables and long lines. */
const longest = [...articles].sort((a, b) => b.wordCount - a.wordCount)[0]!;
const SCREENSHOTS = resolve("test-results/screenshots");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  console.log(`Screenshots for a person to look at: ${SCREENSHOTS}`);
});

// Every route of the registry, as the other browser suites open them: a new page is checked without a new line here.
const narrowPages = await siteRoutes(baseUrl);

describe("at 320 px wide", () => {
  for (const { name, path } of narrowPages) {
    it(`${name} needs no sideways scrolling and cuts off no text`, async () => {
      const { page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
      await page.goto(baseUrl + path);
      const overflow = await measureOverflow(page);
      expect(overflow.pageScrollWidth, "page scroll width").toBeLessThanOrEqual(overflow.innerWidth);
      expect(overflow.clipped, "text cut off").toEqual([]);
      expect(overflow.unreachableScrollers, "sideways scrolling boxes a keyboard cannot reach").toEqual([]);
    });
  }
});

describe("at 1440 px wide", () => {
  it(`keeps the longest paragraph of ${longest.slug} at about 60–80 characters a line`, async () => {
    const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}/articles/${longest.slug}`);
    const lines = await charactersPerLine(page, "article .prose");
    expect(lines.length, "the paragraph fills at least one whole line").toBeGreaterThan(0);
    const outside = lines.filter((count) => count < 60 || count > 80);
    expect(outside, `characters on each full line: ${lines.join(", ")}`).toEqual([]);
  });
});

describe("at 1280 px wide", () => {
  it(`keeps the contents list in view beside the text while reading to the end of ${longest.slug}`, async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    await page.goto(`${baseUrl}/articles/${longest.slug}`);
    await page.locator("#references").scrollIntoViewIfNeeded();
    const contents = await page.getByRole("navigation", { name: "Contents" }).boundingBox();
    const text = await page.locator("[data-article-body]").boundingBox();
    expect(contents!.y, "contents top in view").toBeGreaterThanOrEqual(0);
    expect(contents!.y + contents!.height, "contents bottom in view").toBeLessThanOrEqual(800);
    expect(contents!.x, "contents to the right of the text").toBeGreaterThanOrEqual(text!.x + text!.width);
  });
});

describe("screenshots", () => {
  const shots = [
    { name: "home", path: "/" },
    { name: "article", path: `/articles/${longest.slug}` },
  ];
  for (const width of [375, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`of the home page and an article at ${width} px, ${colorScheme}, with nothing wider than the window`, async () => {
        const { page } = await openPage(browser, { viewport: { width, height: 900 }, colorScheme });
        for (const shot of shots) {
          await page.goto(baseUrl + shot.path);
          const overflow = await measureOverflow(page);
          expect(overflow.pageScrollWidth, `${shot.path} scroll width`).toBeLessThanOrEqual(width);
          const file = `${SCREENSHOTS}/${shot.name}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
        }
      });
    }
  }
});
