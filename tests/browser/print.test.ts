// A printed article: no navigation or buttons, every link followed by where it goes, references kept.
import { expect, inject, it } from "vitest";
import { absoluteUrl } from "@/lib/site";
import { openPage, sharedBrowser } from "./browser";
import { published } from "./published";

const baseUrl = inject("baseUrl");
const REFERENCES = 'section[aria-labelledby="references"]';
const browser = sharedBrowser();

it("prints an article without navigation or buttons, with full link addresses and its references", async () => {
  const article = published.find((candidate) => candidate.references.length > 0)!;
  const { page, errors } = await openPage(browser());
  await page.goto(`${baseUrl}/articles/${article.slug}`);
  await page.getByRole("button", { name: "Share this article" }).waitFor();
  await page.emulateMedia({ media: "print" });
  const display = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((node) => getComputedStyle(node).display);
  for (const hidden of [
    "body > header",
    'nav[aria-label="Contents"]',
    'nav[aria-label="Previous and next article"]',
    "h2 > a[href^='#']",
    "[data-link-action]",
    "button",
  ]) {
    if ((await page.locator(hidden).count()) > 0) expect(await display(hidden), hidden).toBe("none");
  }
  expect(await display(REFERENCES)).not.toBe("none");
  await expect(page.locator(`${REFERENCES} li`).count()).resolves.toBe(article.references.length);
  // Every link to another page, on the site or off it, prints its full address after it.
  const links = await page
    .locator("main a[href]:not([href^='#'])")
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => node.getClientRects().length > 0)
        .map((node) => ({ href: node.getAttribute("href")!, after: getComputedStyle(node, "::after").content })),
    );
  expect(links.length).toBeGreaterThan(0);
  for (const { href, after } of links)
    expect(after, href).toBe(`" (${href.startsWith("/") ? new URL(href, absoluteUrl("/")).toString() : href})"`);
  expect(errors).toEqual([]);
});
