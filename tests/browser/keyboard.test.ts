// A keyboard user: the skip link comes first and lands in the main content, and every
// stop on the way through a page shows where the focus is.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { getArticleSummaries } from "@/lib/content";
import { openPage, sharedBrowser } from "./browser";
import { siteRoutes } from "./routes";

const baseUrl = inject("baseUrl");
const routes = await siteRoutes(baseUrl);
const browser = sharedBrowser();

interface Stop {
  /** Position in the document: tells apart links with the same markup. */
  index: number;
  element: string;
  indicator: boolean;
  visible: boolean;
}

/** Where the focus is now, and whether a sighted user can see it there. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const rect = el.getBoundingClientRect();
    return {
      index: [...document.querySelectorAll("*")].indexOf(el),
      element: el.outerHTML.slice(0, 120),
      indicator: outline || style.boxShadow !== "none",
      visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
    };
  });
}

/**
 * How many Tab stops the page should have: every link and enabled control a reader can see, with
 * each group of radio buttons counted once (Tab enters the group, the arrow keys move within it).
 */
function tabStopCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const radioGroups = new Set<string>();
    let count = 0;
    for (const el of document.querySelectorAll<HTMLElement>(
      "a[href], button, input, select, textarea, [tabindex='0']",
    )) {
      if (el.getClientRects().length === 0 || (el as HTMLInputElement).disabled) continue;
      if (el instanceof HTMLInputElement && el.type === "hidden") continue;
      if (el instanceof HTMLInputElement && el.type === "radio") {
        if (radioGroups.has(el.name)) continue;
        radioGroups.add(el.name);
      }
      count++;
    }
    return count;
  });
}

describe("the skip link", () => {
  const first = getArticleSummaries()[0]!;
  for (const path of ["/", `/articles/${first.slug}`]) {
    it(`is the first Tab stop on ${path}, shows while focused and moves the focus to the main content`, async () => {
      const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
      await page.goto(baseUrl + path);
      const skip = page.locator('a[href="#main"]');
      const onScreen = () =>
        skip.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top >= 0 && r.right <= window.innerWidth;
        });
      expect(await onScreen(), "hidden until focused").toBe(false);
      await page.keyboard.press("Tab");
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await skip.textContent()).toBe("Skip to main content");
      expect(await onScreen(), "on screen while focused").toBe(true);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
      // The next Tab continues inside the main content, past the header's links.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement))).toBe(true);
    });
  }
});

describe("tabbing through every page", () => {
  for (const route of routes) {
    it(`${route.name}: every focused element shows a focus outline`, async () => {
      // Without smooth scrolling, each focused element is scrolled into view at once.
      const { page } = await openPage(browser(), { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
      await page.goto(baseUrl + route.path);
      const tabbable = await tabStopCount(page);
      const stops: Stop[] = [];
      const seen = new Set<number>();
      let previous: number | undefined;
      // A date field takes several Tabs (day, month, year) on one element, hence the headroom.
      for (let i = 0; i < tabbable * 3 + 10; i++) {
        await page.keyboard.press("Tab");
        const stop = await focused(page);
        if (stop && stop.index === previous) continue; // the next part of the same field
        if (!stop || seen.has(stop.index)) break; // back to the start
        seen.add(stop.index);
        stops.push(stop);
        previous = stop.index;
      }
      expect(stops.length, "Tab reaches every link and control").toBeGreaterThanOrEqual(tabbable);
      expect(
        stops.filter((stop) => !stop.indicator).map((stop) => stop.element),
        "focused without a visible outline",
      ).toEqual([]);
      expect(
        stops.filter((stop) => !stop.visible).map((stop) => stop.element),
        "focused but not on screen",
      ).toEqual([]);
    });
  }
});
