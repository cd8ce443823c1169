// Care cards and other callouts, the review dates and the page history, as a reader meets them:
// announced to screen readers as a named note, readable with scripts off, kept in print, and
// without contrast problems in light and dark schemes.
import { describe, expect, inject, it } from "vitest";
import { formatDate } from "@/lib/format";
import { axeViolations, describeViolations } from "./axe";
import { openPage, sharedBrowser } from "./browser";
import { published } from "./published";
import { sectionHtml } from "@/lib/content/transforms/sections";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const LEVELS = ["Non-urgent advice:", "Urgent advice:", "Emergency:"];
const withCallouts = published.filter((article) =>
  article.sections.some((section) => sectionHtml(section).includes('class="callout ')),
);
const sideEffects = published.find((article) => article.slug === "microneedling-side-effects")!;
const withChanges = published.find((article) => (article.meta.changes ?? []).length > 0)!;

/** The heading text of each callout on a page, in order. */
const calloutHeadings = (html: string) =>
  [...html.matchAll(/<aside class="callout[^"]*"[^>]*><h\d[^>]*>(.*?)<\/h\d>/g)].map((match) =>
    match[1]!.replace(/<[^>]+>/g, ""),
  );

describe("care cards", () => {
  it("are in the content: aftercare, side effects and who should avoid it", () => {
    expect(withCallouts.map((article) => article.slug)).toEqual(
      expect.arrayContaining([
        "microneedling-aftercare",
        "microneedling-side-effects",
        "who-should-avoid-microneedling",
      ]),
    );
  });

  it.each(withCallouts.map((article) => [article.slug, article] as const))(
    "on %s, each is a note named by its visible heading",
    async (_slug, article) => {
      const { page } = await openPage(browser());
      await page.goto(`${baseUrl}/articles/${article.slug}`);
      const headings = article.sections.flatMap((section) => calloutHeadings(sectionHtml(section)));
      expect(headings.length).toBeGreaterThan(0);
      await expect(page.locator("aside.callout").count()).resolves.toBe(headings.length);
      for (const heading of headings) {
        const note = page.getByRole("note", { name: heading, exact: true });
        await expect(note.count(), heading).resolves.toBe(1);
        // The name is the heading a reader sees, and the heading is in the page's outline.
        await expect(note.getByRole("heading", { name: heading, exact: true }).isVisible()).resolves.toBe(true);
      }
    },
  );

  it("say their level in words at the start of the heading (the side effects page has a non-urgent and an emergency card)", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/articles/${sideEffects.slug}`);
    const names = await page.locator("aside.callout .callout__kind").allTextContents();
    expect(names).toEqual(expect.arrayContaining(["Non-urgent advice:", "Emergency:"]));
    for (const name of names)
      expect(LEVELS.includes(name) || name === "Note" || name === "Common practice:", name).toBe(true);
  });

  it("read in full with JavaScript off", async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/articles/${sideEffects.slug}`);
    const emergency = page.locator("aside.callout--emergency");
    await expect(emergency.isVisible()).resolves.toBe(true);
    await expect(emergency.innerText()).resolves.toBe(
      "Emergency: Get urgent help at once if:\nyour face, lips or tongue swell\nyou have trouble breathing",
    );
    await expect(
      page
        .getByRole("note", {
          name: "Non-urgent advice: Contact the person who treated you, your doctor, or a dermatologist (a skin specialist) if:",
        })
        .locator("li")
        .count(),
    ).resolves.toBe(7);
  });

  it("print, black on white with a border, and are not split by print hiding", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/articles/${sideEffects.slug}`);
    await page.emulateMedia({ media: "print" });
    for (const card of await page.locator("aside.callout").all()) {
      await expect(card.isVisible()).resolves.toBe(true);
      const style = await card.evaluate((node) => {
        const title = node.querySelector(".callout__title")!;
        return {
          border: getComputedStyle(node).borderTopStyle,
          colour: getComputedStyle(title).color,
          background: getComputedStyle(title).backgroundColor,
          display: getComputedStyle(title).display,
        };
      });
      expect(style.border).not.toBe("none");
      expect(style).toMatchObject({ colour: "rgb(0, 0, 0)", background: "rgba(0, 0, 0, 0)" });
      expect(style.display).not.toBe("none");
    }
  });

  it.each(["light", "dark"] as const)("have no WCAG problems in the %s scheme", async (colorScheme) => {
    const { page } = await openPage(browser(), { colorScheme });
    await page.goto(`${baseUrl}/articles/${sideEffects.slug}`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(`${sideEffects.slug} (${colorScheme})`, violations)).toEqual([]);
  });
});

describe("review dates and page history", () => {
  it("show Last reviewed and Next review due under the title", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/articles/${sideEffects.slug}`);
    const facts = page.locator("article header dl");
    await expect(facts.locator("div", { hasText: "Last reviewed" }).locator("dd").textContent()).resolves.toBe(
      formatDate(sideEffects.meta.reviewed!.on),
    );
    await expect(facts.locator("div", { hasText: "Next review due" }).locator("dd").textContent()).resolves.toBe(
      formatDate(sideEffects.meta.nextReview!),
    );
    // Nobody is named: there is no clinical reviewer, and the page says so.
    await expect(page.getByText("has not been clinically reviewed").isVisible()).resolves.toBe(true);
  });

  it("list the page's corrections under Page history at the end", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/articles/${withChanges.slug}`);
    const history = page.getByRole("region", { name: "Page history" });
    await expect(history.getByRole("heading", { level: 2, name: "Page history" }).isVisible()).resolves.toBe(true);
    const items = await history.locator("li").allInnerTexts();
    const change = withChanges.meta.changes![0]!;
    expect(items).toContain(`${formatDate(change.date)}: ${change.change}`);
    expect(items.at(-1)).toBe(`${formatDate(withChanges.meta.published)}: first published.`);
    // It comes after the references.
    expect(
      await page.evaluate(() =>
        Boolean(
          document
            .querySelector("[aria-labelledby=references]")!
            .compareDocumentPosition(document.querySelector("[aria-labelledby=page-history]")!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      ),
    ).toBe(true);
  });

  it("mark the corrected article's item in the feed", async () => {
    const feed = await (await fetch(`${baseUrl}/feed.xml`)).text();
    const item = feed.split("<item>").find((part) => part.includes(`/articles/${withChanges.slug}</link>`))!;
    expect(item).toContain("<category>Corrected</category>");
    expect(item).toContain(`<description>Corrected ${formatDate(withChanges.meta.changes![0]!.date)}: `);
  });
});
