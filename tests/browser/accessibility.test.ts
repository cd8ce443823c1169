// axe-core's WCAG 2.2 A/AA rules on every page, in the light and the dark colour scheme.
import { describe, expect, inject, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { openPage, sharedBrowser } from "./browser";
import { siteRoutes } from "./routes";

const baseUrl = inject("baseUrl");
const routes = await siteRoutes(baseUrl);
const browser = sharedBrowser();

describe.each(["light", "dark"] as const)("in the %s colour scheme", (colorScheme) => {
  it.each(routes)("$name ($path) has no WCAG A/AA violations", async (route) => {
    const { page } = await openPage(browser(), { colorScheme });
    const response = await page.goto(baseUrl + route.path);
    expect(response?.status()).toBe(route.status);
    const violations = await axeViolations(page);
    expect(violations.length, describeViolations(`${route.path} (${colorScheme})`, violations)).toBe(0);
  });
});
