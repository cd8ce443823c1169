// What makes pages fast that a test can hold without timing anything: compression, caching
// headers, a single render-blocking request, and no layout shift while a page loads.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { fetchRaw, pageAssets } from "@/bench/weight";
import { TOPIC_IDS } from "@/lib/topics";
import { launch, openPage } from "./browser";
import { published } from "./published";

const baseUrl = inject("baseUrl");
const article =
  published.find((candidate) => candidate.meta.summary && candidate.sections.length >= 2) ?? published[0]!;
const PAGES = ["/", `/articles/${article.slug}`, `/topics/${TOPIC_IDS[0]}`, "/about", "/glossary"];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("responses", () => {
  it("send pages gzip-compressed, to be revalidated on every visit with their ETag", async () => {
    for (const path of PAGES) {
      const page = await fetchRaw(baseUrl + path);
      expect(page.status, path).toBe(200);
      expect(page.encoding, path).toBe("gzip");
      expect(page.sent, path).toBeLessThan(page.raw / 2);
      expect(page.cacheControl, path).toBe("public, max-age=0, must-revalidate");
      expect(page.etag, path).toBeTruthy();
      // node:http, not fetch: fetch adds "Cache-Control: no-cache" to a conditional request.
      expect((await fetchRaw(baseUrl + path, { "if-none-match": page.etag! })).status, path).toBe(304);
    }
  });

  it("come from the server's compressed copy after the first request, identical to what Next sends", async () => {
    for (const path of PAGES) {
      await fetchRaw(baseUrl + path);
      const cached = await fetchRaw(baseUrl + path);
      // A conditional request that cannot match skips the page cache: Next renders and compresses it.
      const fromNext = await fetchRaw(baseUrl + path, { "if-none-match": '"never-matches"' });
      expect(fromNext.status, path).toBe(200);
      expect(cached.body, path).toBe(fromNext.body);
      expect(cached.encoding, path).toBe("gzip");
      expect(Number(cached.headers["content-length"]), path).toBe(cached.sent);
      for (const name of [
        "content-security-policy",
        "x-frame-options",
        "x-content-type-options",
        "referrer-policy",
        "permissions-policy",
        "cache-control",
        "etag",
        "vary",
        "content-type",
      ]) {
        expect(cached.headers[name], `${path} ${name}`).toBe(fromNext.headers[name]);
      }
    }
  });

  it("never let a shared cache keep a page made from a reader's answers", async () => {
    for (const path of ["/plan?goal=acne-scars", "/check"]) {
      const response = await fetchRaw(baseUrl + path);
      expect(response.status, path).toBe(200);
      expect(response.cacheControl, path).toMatch(/private/);
      expect(response.cacheControl, path).toMatch(/no-store/);
    }
  });

  it("let browsers keep the stylesheet and scripts for a year, compressed", async () => {
    const html = (await fetchRaw(`${baseUrl}/articles/${article.slug}`)).body;
    const { stylesheets, scripts } = pageAssets(html);
    // The stylesheet(s) Next names by content, and the site's script, addressed by its content (?v=).
    const assets = [...stylesheets, ...scripts].filter(
      (url) => url.startsWith("/_next/static/") || url.startsWith("/site.js?v="),
    );
    expect(assets.length).toBeGreaterThan(1);
    expect(scripts.filter((url) => url.startsWith("/site.js?v="))).toHaveLength(1);
    for (const url of assets) {
      const asset = await fetchRaw(baseUrl + url);
      expect(asset.status, url).toBe(200);
      expect(asset.cacheControl, url).toBe("public, max-age=31536000, immutable");
      if (asset.raw > 2000) expect(asset.encoding, url).toBe("gzip");
    }
  });
});

describe("page loading", () => {
  it("waits for one stylesheet at most; every script loads without blocking", async () => {
    for (const path of PAGES) {
      const { renderBlocking, scripts } = pageAssets((await fetchRaw(baseUrl + path)).body);
      expect(renderBlocking.length, path).toBe(1);
      expect(renderBlocking[0], path).toMatch(/^\/_next\/static\/.+\.css$/);
      expect(scripts.length, path).toBeGreaterThan(0);
    }
  });

  it("loads the tools' styles on the tools' pages only, as a second stylesheet", async () => {
    const stylesheetsOf = async (path: string) => {
      const { stylesheets } = pageAssets((await fetchRaw(baseUrl + path)).body);
      const sheets = stylesheets.filter((url) => url.startsWith("/_next/static/"));
      return Promise.all(sheets.map(async (url) => ({ url, css: (await fetchRaw(baseUrl + url)).body })));
    };
    const toolRule = /\.tool-form\{/;
    const [site] = await stylesheetsOf("/");
    for (const path of PAGES) {
      const sheets = await stylesheetsOf(path);
      expect(
        sheets.map((sheet) => sheet.url),
        path,
      ).toEqual([site!.url]);
      expect(sheets[0]!.css, path).not.toMatch(toolRule);
    }
    for (const path of ["/plan", "/check"]) {
      const sheets = await stylesheetsOf(path);
      expect(sheets.map((sheet) => sheet.url)[0], path).toBe(site!.url);
      expect(sheets, path).toHaveLength(2);
      expect(sheets[1]!.css, path).toMatch(toolRule);
    }
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    it(`shifts nothing while pages load and the site's script runs (${viewport.width} px wide)`, async () => {
      const { page, errors } = await openPage(browser, { viewport });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
      });
      for (const path of PAGES) {
        await page.goto(baseUrl + path, { waitUntil: "networkidle" });
        // The site's script has run once the share button is a button.
        if (path.startsWith("/articles/")) await page.getByRole("button", { name: "Share this article" }).waitFor();
        expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  }
});
