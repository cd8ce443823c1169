// What a screen reader user navigates by: the language, one h1 and an unbroken heading
// outline, landmarks, a labelled contents list, and links whose names make sense alone.
import { describe, expect, inject, it } from "vitest";
import { getArticle } from "@/lib/content";
import { linkNames } from "./axe";
import { openPage, sharedBrowser } from "./browser";
import { siteRoutes } from "./routes";

const baseUrl = inject("baseUrl");
const routes = await siteRoutes(baseUrl);
const browser = sharedBrowser();

/** Link names that say nothing out of context. */
const VAGUE = /^(click here|here|read more|more|link|this|this page|learn more|continue)$/i;

describe.each(routes)("$name", (route) => {
  it("says its language, has one h1 and no skipped heading levels", async () => {
    const { page } = await openPage(browser());
    await page.goto(baseUrl + route.path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
        .filter((h) => h.getClientRects().length > 0)
        .map((h) => ({ level: Number(h.tagName[1]), text: h.textContent!.trim() })),
    );
    expect(headings.filter((h) => h.level === 1).length, "h1 count").toBe(1);
    expect(headings[0]?.level, "the first heading is the h1").toBe(1);
    const skips = headings
      .filter((h, i) => i > 0 && h.level > headings[i - 1]!.level + 1)
      .map((h) => `h${h.level} "${h.text}"`);
    expect(skips, "headings that skip a level").toEqual([]);
  });

  it("has banner, navigation, main and contentinfo landmarks, each navigation labelled", async () => {
    const { page } = await openPage(browser());
    await page.goto(baseUrl + route.path);
    expect(await page.getByRole("banner").count(), "banner").toBe(1);
    expect(await page.getByRole("main").count(), "main").toBe(1);
    expect(await page.getByRole("contentinfo").count(), "contentinfo").toBe(1);
    // The landmarks a screen reader lists: rendered ones (the header's phone menu and its wide-screen
    // list of topics are the same navigation, one of them display: none at any width).
    const navLabels = await page
      .locator("nav")
      .evaluateAll((navs) =>
        navs
          .filter((nav) => nav.getClientRects().length > 0)
          .map((nav) => nav.getAttribute("aria-label") ?? nav.getAttribute("aria-labelledby")),
      );
    expect(navLabels.length, "navigation landmarks").toBeGreaterThan(0);
    expect(
      navLabels.filter((label) => !label),
      "navigation without a label",
    ).toEqual([]);
    expect(new Set(navLabels).size, `navigation labels are distinct: ${navLabels.join(", ")}`).toBe(navLabels.length);
  });

  it("names every link so that it makes sense out of context", async () => {
    const { page } = await openPage(browser());
    await page.goto(baseUrl + route.path);
    const links = await linkNames(page);
    expect(links.length).toBeGreaterThan(0);
    // A name needs a word: a bare "#" or "3" says nothing when a screen reader lists the links.
    const bad = links
      .filter(({ name }) => !/\p{L}{2}/u.test(name) || VAGUE.test(name))
      .map(({ href, name }) => `${href} "${name}"`);
    expect(bad, "links with empty or vague names").toEqual([]);
  });

  // The article page itself, not its printable timeline, which has no contents list.
  const slug = /^\/articles\/([^/]+)$/.exec(route.path)?.[1];
  const article = slug ? getArticle(slug) : undefined;
  if (article && article.sections.length > 0) {
    it("lists its sections in a navigation named Contents, and names each heading's # link after its section", async () => {
      const { page } = await openPage(browser());
      await page.goto(baseUrl + route.path);
      const contents = page.getByRole("navigation", { name: "Contents", exact: true });
      expect(await contents.count()).toBe(1);
      expect(await contents.getByRole("link").count()).toBe(article.sections.length + 1); // + References
      // Each heading's "#" link is named after its section, not "#".
      const anchors = new Map((await linkNames(page, "h2 > a[href^='#']")).map(({ href, name }) => [href, name]));
      for (const section of article.sections) {
        expect(anchors.get(`#${section.id}`), section.id).toBe(`Link to the section “${section.title}”`);
      }
    });
  }
});
