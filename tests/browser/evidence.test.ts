// The graded claims table: rendered from the science article's front matter, every row
// citing a source in the reference list, and linked from the home and benefits pages.
import { describe, expect, inject, it } from "vitest";
import { getArticle, getArticleSummaries } from "@/lib/content";
import { openPage, sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const withClaims = getArticleSummaries()
  .map((summary) => getArticle(summary.slug)!)
  .filter((article) => (article.meta.claims ?? []).length > 0);

describe("the evidence table", () => {
  it("exists in the content", () => {
    expect(withClaims.length).toBeGreaterThan(0);
  });

  it.each(withClaims.map((article) => [article.slug, article] as const))(
    "renders every claim of %s with its grade and sources",
    async (_slug, article) => {
      const { page, errors } = await openPage(browser());
      await page.goto(`${baseUrl}/articles/${article.slug}`);
      const rows = page.locator("table[aria-labelledby=evidence-table-title] tbody tr");
      const claims = article.meta.claims!;
      await expect(rows.count()).resolves.toBe(claims.length);
      const referenceIds = await page
        .locator('section[aria-labelledby="references"] li')
        .evaluateAll((items) => items.map((item) => item.id));
      for (const [index, claim] of claims.entries()) {
        const row = rows.nth(index);
        await expect(row.locator("th").textContent()).resolves.toBe(claim.claim);
        await expect(row.locator("[data-grade]").getAttribute("data-grade")).resolves.toBe(claim.grade);
        const hrefs = await row.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
        expect(hrefs.length).toBeGreaterThanOrEqual(1);
        expect(hrefs).toEqual(claim.sources.map((id) => `#ref-${id}`));
        for (const href of hrefs) expect(referenceIds).toContain(href!.slice(1));
      }
      expect(errors).toEqual([]);
    },
  );

  it("is linked from the home page and the benefits article, and the link lands on it", async () => {
    const { page, errors } = await openPage(browser());
    const table = `/articles/microneedling-evidence#evidence-at-a-glance`;
    await page.goto(`${baseUrl}/`);
    await expect(page.locator(`main a[href="${table}"]`).count()).resolves.toBeGreaterThan(0);
    const benefits = getArticleSummaries().find((article) => article.meta.topic === "benefits")!;
    await page.goto(`${baseUrl}/articles/${benefits.slug}`);
    await page.locator(`main a[href="${table}"]`).first().click();
    await page.waitForURL(`**${table}`);
    await expect(
      page
        .locator(
          "#evidence-at-a-glance ~ * table[aria-labelledby=evidence-table-title], section:has(#evidence-at-a-glance) table[aria-labelledby=evidence-table-title]",
        )
        .count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});
