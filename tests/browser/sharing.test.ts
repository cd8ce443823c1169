// Sharing an article or one section of it, in real Chromium against the production server.
import { describe, expect, inject, it } from "vitest";
import { absoluteUrl } from "@/lib/site";
import { openPage, sharedBrowser } from "./browser";
import { published, timeForPages } from "./published";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const article = published.find((candidate) => candidate.sections.length >= 2) ?? published[0]!;
const section = article.sections.at(-1)!;
const clipboard = { permissions: ["clipboard-read", "clipboard-write"] };

describe("sharing a section", () => {
  it("copies the section's absolute URL to the clipboard and announces it", async () => {
    const { page, errors } = await openPage(browser(), clipboard);
    await page.goto(`${baseUrl}/articles/${article.slug}`);
    await page.getByRole("button", { name: `Copy link to the section “${section.title}”` }).click();
    const status = page.locator(`section[aria-labelledby="${section.id}"] [role=status]`);
    await expect.poll(() => status.textContent()).toBe("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      absoluteUrl(`/articles/${article.slug}#${section.id}`),
    );
    expect(errors).toEqual([]);
  });

  it("opens the copied link scrolled to that section", async () => {
    const { page, errors } = await openPage(browser(), { ...clipboard, viewport: { width: 390, height: 700 } });
    await page.goto(`${baseUrl}/articles/${article.slug}`);
    await page.getByRole("button", { name: `Copy link to the section “${section.title}”` }).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    // The copied link names the public origin; open the same path and fragment on the test server.
    await page.goto(`${baseUrl}${copied.pathname}${copied.hash}`);
    const top = () => page.locator(`h2#${section.id}`).evaluate((heading) => heading.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(200);
    expect(await top()).toBeGreaterThanOrEqual(-1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe("sharing an article", () => {
  it("hands title and URL to the system share sheet where the browser has one", async () => {
    const { page, errors } = await openPage(browser());
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, "share", { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto(`${baseUrl}/articles/${article.slug}`);
    await page.getByRole("button", { name: "Share this article" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: article.meta.title, url: absoluteUrl(`/articles/${article.slug}`) }]);
    expect(errors).toEqual([]);
  });

  it("copies the article's URL instead where there is no share sheet", async () => {
    const { page, errors } = await openPage(browser(), clipboard);
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    await page.goto(`${baseUrl}/articles/${article.slug}`);
    await page.getByRole("button", { name: "Share this article" }).click();
    await expect.poll(() => page.locator('[data-link-action="share"] [role=status]').textContent()).toBe("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(`/articles/${article.slug}`));
    expect(errors).toEqual([]);
  });

  it("without JavaScript, shows the section links and no buttons that would do nothing", async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/articles/${article.slug}`);
    await expect(page.locator("article button").count()).resolves.toBe(0);
    await expect(page.locator(`h2#${section.id} > a[href^="#"]`).getAttribute("href")).resolves.toBe(`#${section.id}`);
    await page.locator(`h2#${section.id} > a[href^="#"]`).click();
    expect(new URL(page.url()).hash).toBe(`#${section.id}`);
  });
});

describe("link previews", () => {
  /** Width and height from the IHDR chunk, after checking the PNG signature. */
  function pngSize(bytes: Uint8Array) {
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe("IHDR");
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }

  /** The og:image a page names, fetched from the test server. */
  async function previewOf(path: string) {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(baseUrl + path);
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    expect(image.origin).toBe(new URL(absoluteUrl("/")).origin);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    const response = await fetch(baseUrl + image.pathname + image.search);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    return { image, size: pngSize(new Uint8Array(await response.arrayBuffer())) };
  }

  it(
    "gives every article its own 1200×630 PNG",
    async () => {
      for (const { slug } of published) {
        const { image, size } = await previewOf(`/articles/${slug}`);
        expect(image.pathname).toBe(`/articles/${slug}/opengraph-image`);
        expect(size).toEqual({ width: 1200, height: 630 });
      }
    },
    timeForPages(published.length),
  );

  it("gives the other pages the site's 1200×630 PNG", async () => {
    for (const path of ["/", "/about", "/topics/what-it-is", "/search"]) {
      const { image, size } = await previewOf(path);
      expect(image.pathname, path).toBe("/opengraph-image");
      expect(size).toEqual({ width: 1200, height: 630 });
    }
  });
});
