// The diagrams on the articles that place them: server-rendered SVG (there with JavaScript off),
// each one image named by its title and description, with its text version, its sources' study
// pages linked, clean under axe in light and dark, and no wider than a 320 px screen.
import { describe, expect, inject, it } from "vitest";
import { getArticle, getArticleSummaries } from "@/lib/content";
import { FIGURE_NAMES } from "@/lib/diagrams/names";
import { htmlErrors } from "../fixtures/html-checker";
import { axeViolations, describeViolations } from "./axe";
import { openPage, sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

/** Every figure placed in the content, with its article. */
const placed = getArticleSummaries()
  .map((summary) => getArticle(summary.slug)!)
  .flatMap((article) =>
    article.sections.flatMap((section) =>
      section.parts.flatMap((part) => ("figure" in part ? [[part.figure, article.slug] as const] : [])),
    ),
  );

describe("diagrams", () => {
  it("every figure the site can draw is placed on an article", () => {
    expect(new Set(placed.map(([name]) => name))).toEqual(new Set(FIGURE_NAMES));
  });

  it.each(placed)(
    "%s on /articles/%s: an SVG image with a title, a description and a text version, without JavaScript",
    async (name, slug) => {
      const { page } = await openPage(browser(), { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
      await page.goto(`${baseUrl}/articles/${slug}`);
      const figure = page.locator(`figure#figure-${name}`);
      const svg = figure.locator('svg[role="img"]');
      await expect(svg.count()).resolves.toBe(1);
      const labelled = (await svg.getAttribute("aria-labelledby"))!.split(" ");
      for (const id of labelled) expect((await page.locator(`#${id}`).textContent())!.length).toBeGreaterThan(20);
      await expect(figure.locator("details li").count()).resolves.toBeGreaterThan(1);
      const studyLinks = await figure.locator('figcaption a[href^="/studies/"]').count();
      expect(studyLinks).toBeGreaterThan(0);
      const { figureWidth, pageWidth } = await page.evaluate(
        (selector) => ({
          figureWidth: document.querySelector(selector)!.getBoundingClientRect().right,
          pageWidth: document.documentElement.scrollWidth,
        }),
        `figure#figure-${name}`,
      );
      expect(figureWidth).toBeLessThanOrEqual(320);
      expect(pageWidth).toBeLessThanOrEqual(320);
    },
  );

  const slugs = [...new Set(placed.map(([, slug]) => slug))];
  it.each(slugs.flatMap((slug) => (["light", "dark"] as const).map((scheme) => [slug, scheme] as const)))(
    "/articles/%s passes axe in %s mode, with the text versions open",
    async (slug, colorScheme) => {
      const { page } = await openPage(browser(), { colorScheme });
      await page.goto(`${baseUrl}/articles/${slug}`);
      await page
        .locator("figure details")
        .evaluateAll((all) => all.forEach((details) => details.setAttribute("open", "")));
      const violations = await axeViolations(page);
      expect(violations, describeViolations(slug, violations)).toEqual([]);
    },
    60_000,
  );

  it("leave their pages valid HTML (W3C Nu checker)", async () => {
    const pages = Object.fromEntries(
      await Promise.all(
        slugs.map(async (slug) => [slug, await (await fetch(`${baseUrl}/articles/${slug}`)).text()] as const),
      ),
    );
    expect(htmlErrors(pages)).toEqual(Object.fromEntries(slugs.map((slug) => [slug, []])));
  }, 120_000);
});
