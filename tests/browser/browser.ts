// Debian's Chromium driven by playwright-core (playwright cannot download browsers here).
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, onTestFinished } from "vitest";
import { launchChromium } from "@/scripts/chromium";

export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * A fresh page that records what a reader should never meet: console errors, script errors, failed
 * requests, requests to another origin, and 4xx/5xx answers for the page's own assets. The test fails
 * when any were recorded, and the page's context is closed when the test ends.
 * A page's own document status is not recorded: tests assert it (the 404 page is meant to be a 404).
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = recordProblems(page, new URL(inject("baseUrl")).origin, options.javaScriptEnabled !== false);
  onTestFinished(async () => {
    await context.close();
    expect(errors, "console errors and network problems").toEqual([]);
  });
  return { page, errors };
}

/** A fresh page without the hygiene checks, for tests that provoke errors on purpose (a blocked script, a refused frame). */
export async function openBarePage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page }> {
  const context = await browser.newContext(options);
  onTestFinished(() => context.close());
  return { page: await context.newPage() };
}

function recordProblems(page: Page, origin: string, scripts: boolean): string[] {
  const errors: string[] = [];
  const documents = new Set<string>();
  const isDocument = (request: { isNavigationRequest(): boolean; frame(): unknown }) =>
    request.isNavigationRequest() && request.frame() === page.mainFrame();
  page.on("request", (request) => {
    if (isDocument(request)) documents.add(request.url());
    const { protocol, origin: requestOrigin } = new URL(request.url());
    if ((protocol === "http:" || protocol === "https:") && requestOrigin !== origin)
      errors.push(`request to another origin: ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !isDocument(response.request()))
      errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium also logs the document's own status (a 404 page) as an error; tests check that status.
    if (message.text().startsWith("Failed to load resource") && documents.has(message.location().url)) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Leaving a page cancels its link prefetches; a cancelled request is not a failure.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    // With JavaScript off, Chromium blocks the page's scripts (reported as "csp"): that is the point.
    if (!scripts && request.resourceType() === "script") return;
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return errors;
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
