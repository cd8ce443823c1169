// How long a reader waits between clicking a link and reading the next page, in Chromium
// against the production server once its page cache holds both pages (a second visit: the
// browser has the stylesheet and scripts). Each click is timed from the click until the new
// page's heading is shown and the page has finished loading. With the framework's router that
// is a client-side navigation (after its prefetch); without it, a full page load.
import type { Page } from "playwright-core";
import { launchChromium } from "../scripts/chromium";

export interface NavigationTiming {
  from: string;
  to: string;
  /** Median milliseconds, unthrottled and with the CPU 4× slower (Lighthouse's mobile setting). */
  medianMs: number;
  medianMs4xCpu: number;
  /** Whether the click loaded a new document (false: the framework's client-side navigation). */
  fullLoad: boolean;
}

const RUNS = 9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One click from `from` on `link`, timed until the linked page's h1 is shown and the page has loaded. */
async function timeClick(
  page: Page,
  baseUrl: string,
  from: string,
  link: string,
): Promise<{ ms: number; fullLoad: boolean; to: string }> {
  await page.goto(baseUrl + from, { waitUntil: "load" });
  // A reader reads before clicking: let prefetches and idle work finish, as they would.
  await page.waitForTimeout(800);
  const anchor = page.locator(link).first();
  const to = new URL((await anchor.getAttribute("href"))!, baseUrl).pathname;
  const before = await page.locator("h1").first().textContent();
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const start = Date.now();
  await anchor.click({ noWaitAfter: true });
  await page.waitForFunction(
    ({ path, old }) =>
      location.pathname === path &&
      document.readyState === "complete" &&
      !!document.querySelector("h1")?.textContent &&
      document.querySelector("h1")?.textContent !== old,
    { path: to, old: before },
    { polling: "raf" },
  );
  const ms = Date.now() - start;
  const fullLoad = !(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true));
  return { ms, fullLoad, to };
}

/** Each step: a page and a CSS selector for the link on it to follow. */
export async function navigationTimings(
  baseUrl: string,
  steps: { from: string; link: string }[],
): Promise<NavigationTiming[]> {
  const browser = await launchChromium();
  try {
    const results: NavigationTiming[] = [];
    for (const step of steps) {
      const timings: Record<"plain" | "slow", number[]> = { plain: [], slow: [] };
      let fullLoad = true;
      let to = "";
      for (const mode of ["plain", "slow"] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        if (mode === "slow")
          await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: 4 });
        // The first click fills the server's page cache and the browser's cache; it is not counted.
        for (let run = 0; run <= RUNS; run++) {
          const timing = await timeClick(page, baseUrl, step.from, step.link);
          to = timing.to;
          if (run > 0) timings[mode].push(timing.ms);
          fullLoad &&= timing.fullLoad;
        }
        await context.close();
      }
      results.push({
        from: step.from,
        to,
        medianMs: median(timings.plain),
        medianMs4xCpu: median(timings.slow),
        fullLoad,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
