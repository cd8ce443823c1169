// The tools as a reader uses them, with JavaScript off and on: fill each form, read the
// result, download the calendar, follow glossary and section links, print the timeline.
// Expectations come from the content's front matter through lib, not from copies here.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { getArticle, getCheck, getGlossary, getPlanner, getTimelineArticles, headingTitle } from "@/lib/content";
import { addDays, formatLongDate, sessionDates, toIsoDate, utcDay } from "@/lib/plan/dates";
import { planInterval, planSessions } from "@/lib/plan/plan-request";
import { openPage, sharedBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = sharedBrowser();

const planner = getPlanner()!;
const check = getCheck()!;
const start = addDays(utcDay(new Date()), 30);
/** A goal whose sources give a number of sessions, so the form can be sent with only a date. */
const counted = planner.plans.find((plan) => planSessions(plan) !== undefined)!;
const expectedDates = sessionDates(start, planInterval(counted), planSessions(counted)!);

/**
 * With JavaScript off, Chromium blocks every script request and reports it as failed ("csp"):
 * that is the setting at work, not a fault of the page, so only those are left out.
 */
const withoutBlockedScripts = (errors: string[], javaScriptEnabled: boolean) =>
  errors.filter((error) => javaScriptEnabled || !/^request failed: \S+\.js \(csp\)$/.test(error));

describe.each([
  ["off", false],
  ["on", true],
])("with JavaScript %s", (_label, javaScriptEnabled) => {
  const open = (viewport = { width: 1000, height: 900 }) => openPage(browser(), { javaScriptEnabled, viewport });
  const pageErrors = (errors: string[]) => withoutBlockedScripts(errors, javaScriptEnabled);

  describe("the session planner", () => {
    it("lays out the dates the content gives for a goal, and offers them as a calendar file", async () => {
      const { page, errors } = await open();
      await page.goto(`${baseUrl}/plan`);
      await page.selectOption("#goal", counted.goal);
      await page.fill("#start", toIsoDate(start));
      await page.getByRole("button", { name: "Show my dates" }).click();
      await page.waitForURL(`**/plan?goal=${counted.goal}&start=${toIsoDate(start)}*`);
      await expect(page.locator("#plan-result-title").textContent()).resolves.toBe(`Your dates: ${counted.label}`);
      const shown = await page
        .locator('section[aria-labelledby="plan-result-title"] ol time')
        .evaluateAll((times) => times.map((time) => [time.getAttribute("datetime"), time.textContent]));
      expect(shown).toEqual(expectedDates.map((date) => [toIsoDate(date), formatLongDate(date)]));

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: /Add these dates to your calendar/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`microneedling-${counted.goal}.ics`);
      const ics = readFileSync((await download.path())!, "utf8");
      expect([...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((match) => match[1])).toEqual(
        expectedDates.map((date) => toIsoDate(date).replaceAll("-", "")),
      );
      expect(pageErrors(errors)).toEqual([]);
    });

    it("says what is wrong with each field, keeps the reader's input, and answers 200", async () => {
      const { page, errors } = await open();
      await page.goto(`${baseUrl}/plan`);
      await page.fill("#start", "");
      await page.fill("#interval", "four");
      await page.fill("#sessions", "0");
      await page.getByRole("button", { name: "Show my dates" }).click();
      await page.waitForURL("**/plan?*interval=four*");
      const summary = await page.locator('[aria-labelledby="error-summary-title"] li').allTextContents();
      expect(summary).toEqual([
        "Enter the date of your first session, like 2027-01-31.",
        "Enter the gap as a whole number of weeks, like 2.",
        "Enter the number of sessions as a whole number from 1 to 30.",
      ]);
      await expect(page.locator("#interval").getAttribute("aria-invalid")).resolves.toBe("true");
      await expect(page.locator("#interval").inputValue()).resolves.toBe("four");
      await expect(page.locator("#plan-result-title").count()).resolves.toBe(0);
      // Each message in the summary leads to its field.
      await page.locator('[aria-labelledby="error-summary-title"] a', { hasText: "number of sessions" }).click();
      await page.waitForURL("**#sessions");
      expect(pageErrors(errors)).toEqual([]);
    });

    it("answers an out-of-range address with messages, not a server error", async () => {
      const { page } = await open();
      const response = await page.goto(`${baseUrl}/plan?goal=${counted.goal}&start=1926-01-31&interval=52&unit=weeks`);
      expect(response?.status()).toBe(200);
      const messages = await page.locator('main p[id$="-error"]').allTextContents();
      expect(messages.join(" | ")).toMatch(/Choose a date from .* to .*\| Error: Choose a gap of 1 to 26 weeks\./);
    });
  });

  describe("the check", () => {
    it("groups the answers by what they mean, links each to its section, and ends with the advice to see a professional", async () => {
      const { page, errors } = await open();
      await page.goto(`${baseUrl}/check`);
      const byOutcome = (outcome: string) => check.conditions.find((condition) => condition.outcome === outcome)!;
      const yes = [byOutcome("do-not"), byOutcome("wait"), byOutcome("ask-first")];
      const unsure = check.conditions.find((condition) => !yes.includes(condition))!;
      const no = check.conditions.find((condition) => !yes.includes(condition) && condition !== unsure)!;
      const choose = (id: string, label: string) =>
        page
          .getByRole("group", { name: check.conditions.find((c) => c.id === id)!.question })
          .getByLabel(label, { exact: true })
          .check();
      for (const condition of yes) await choose(condition.id, "Yes");
      await choose(unsure.id, "Not sure");
      await choose(no.id, "No");
      await page.getByRole("button", { name: "Show what my answers mean" }).click();
      await page.waitForURL(`**/check?*${yes[0]!.id}=yes*`);

      const group = (outcome: string) =>
        page
          .locator(`[data-outcome="${outcome}"] li`)
          .evaluateAll((items) => items.map((item) => item.getAttribute("data-condition")));
      await expect(group("do-not")).resolves.toEqual([yes[0]!.id]);
      await expect(group("wait")).resolves.toEqual([yes[1]!.id]);
      await expect(group("ask-first")).resolves.toEqual(
        check.conditions.filter((c) => c === yes[2] || c === unsure).map((c) => c.id),
      );
      for (const condition of yes)
        await expect(page.locator(`[data-condition="${condition.id}"]`).textContent()).resolves.toContain(
          condition.advice,
        );

      const why = page.locator(`[data-condition="${yes[0]!.id}"] a`, { hasText: "Why:" });
      await expect(why.getAttribute("href")).resolves.toBe(`/articles/${check.article.slug}#${yes[0]!.section}`);
      await expect(why.textContent()).resolves.toBe(`Why: ${headingTitle(check.article, yes[0]!.section)}`);
      const last = await page.locator('section[aria-labelledby="check-result-title"] > *').last().textContent();
      expect(last).toMatch(/^Whatever your answers, talk to a qualified professional before you book/);
      // The answers come back into the form from the address alone.
      await expect(
        page.getByRole("group", { name: unsure.question }).getByLabel("Not sure", { exact: true }).isChecked(),
      ).resolves.toBe(true);

      await why.click();
      await page.waitForURL(`**/articles/${check.article.slug}#${yes[0]!.section}`);
      await expect(page.locator(`#${yes[0]!.section}`).isVisible()).resolves.toBe(true);
      expect(pageErrors(errors)).toEqual([]);
    });

    it("still ends with the advice when nothing was answered", async () => {
      const { page } = await open();
      await page.goto(`${baseUrl}/check`);
      await page.getByRole("button", { name: "Show what my answers mean" }).click();
      await page.waitForURL("**/check?answered=1");
      await expect(page.locator('section[aria-labelledby="check-result-title"]').textContent()).resolves.toContain(
        "You did not answer any question.",
      );
      await expect(
        page.locator('section[aria-labelledby="check-result-title"] > *').last().textContent(),
      ).resolves.toMatch(/^Whatever your answers, talk to a qualified professional/);
    });
  });

  describe("glossary hints", () => {
    it("link the first use of a term in an article to its glossary entry", async () => {
      const article = getArticle(check.article.slug)!;
      const { page, errors } = await open();
      await page.goto(`${baseUrl}/articles/${article.slug}`);
      const terms = page.locator("main a.term");
      const hrefs = await terms.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(new Set(hrefs).size).toBe(hrefs.length); // first use only
      await expect(page.locator("h1 a.term, h2 a.term, h3 a.term, a a.term").count()).resolves.toBe(0);
      const id = hrefs[0]!.split("#")[1]!;
      const term = getGlossary()!.terms.find((entry) => entry.id === id)!;
      await expect(terms.first().getAttribute("title")).resolves.toBe(term.definition);
      await terms.first().click();
      await page.waitForURL(`**/glossary#${id}`);
      await expect(page.locator(`#${id} dfn`).textContent()).resolves.toBe(term.term);
      await expect(page.locator(`#${id}`).evaluate((entry) => entry.matches(":target"))).resolves.toBe(true);
      expect(pageErrors(errors)).toEqual([]);
    });
  });
});

describe("the aftercare timeline", () => {
  const { article, timeline } = getTimelineArticles()[0]!;

  it("reads as a vertical timeline on a 375px phone, with no sideways scrolling", async () => {
    const { page, errors } = await openPage(browser(), {
      viewport: { width: 375, height: 800 },
      javaScriptEnabled: false,
    });
    await page.goto(`${baseUrl}/articles/${article.slug}`);
    await expect(page.locator("[data-timeline-when]").allTextContents()).resolves.toEqual(
      timeline.map((step) => step.when),
    );
    const boxes = await page
      .locator("[data-timeline] > li")
      .evaluateAll((steps) => steps.map((step) => step.getBoundingClientRect().toJSON() as DOMRect));
    for (const [index, box] of boxes.entries()) {
      expect(box.right).toBeLessThanOrEqual(375);
      if (index > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[index - 1]!.bottom - 1); // stacked, one under another
    }
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    const links = await page
      .locator("[data-timeline-more] a")
      .evaluateAll((all) => all.map((link) => link.getAttribute("href")));
    expect(links).toEqual(timeline.map((step) => `#${step.section}`));
    expect(withoutBlockedScripts(errors, false)).toEqual([]);
  });

  it("prints on one page, A4 or Letter", async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/articles/${article.slug}/timeline`);
    for (const format of ["A4", "Letter"]) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString("latin1");
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g), format).toHaveLength(1);
    }
    await expect(page.locator("[data-timeline-when]").count()).resolves.toBe(timeline.length);
    expect(errors).toEqual([]);
  });
});

describe("privacy and errors", () => {
  it("keeps answers out of cookies, caches and other sites' logs", async () => {
    const answered = check.conditions.map((condition) => `${condition.id}=yes`).join("&");
    for (const path of [
      `/check?${answered}`,
      `/plan?goal=${counted.goal}&start=${toIsoDate(start)}`,
      `/plan/calendar.ics?goal=${counted.goal}&start=${toIsoDate(start)}`,
    ]) {
      const response = await fetch(baseUrl + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("set-cookie"), path).toBeNull();
      expect(response.headers.get("cache-control"), path).toContain("no-store");
      if (path.includes(".ics")) expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      else expect(await response.text()).toContain('<meta name="referrer" content="no-referrer"/>');
    }
  });

  it("serves the calendar as text/calendar, and explains a bad request with a 400", async () => {
    const good = await fetch(`${baseUrl}/plan/calendar.ics?goal=${counted.goal}&start=${toIsoDate(start)}`);
    expect(good.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(good.headers.get("content-disposition")).toBe(`attachment; filename="microneedling-${counted.goal}.ics"`);
    expect((await good.text()).match(/BEGIN:VEVENT/g)).toHaveLength(expectedDates.length);
    const bad = await fetch(`${baseUrl}/plan/calendar.ics?goal=${counted.goal}&start=not-a-date&interval=0`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await bad.text();
    expect(text).toContain("“not-a-date” is not a date.");
    expect(text).toContain("Choose a gap of 1 to 26 weeks.");
  });

  it("lists every glossary term on /glossary", async () => {
    const html = await (await fetch(`${baseUrl}/glossary`)).text();
    for (const term of getGlossary()!.terms) expect(html).toContain(`id="${term.id}"`);
  });

  it("finds the tools from the footer of every page", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    for (const href of ["/plan", "/check", "/glossary"]) expect(html).toContain(`href="${href}"`);
    expect(planner.article.links.map((link) => link.href)).toContain("/plan");
    expect(check.article.links.map((link) => link.href)).toContain("/check");
  });
});
