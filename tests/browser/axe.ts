// axe-core inside the page under test: the WCAG 2.0–2.2 A and AA rules, and the
// accessible name of elements as a screen reader computes it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Axe from "axe-core";
import type { Page } from "playwright-core";

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe's source in the page as the DevTools protocol evaluates code, which the page's
 * Content-Security-Policy does not govern: the site allows no inline script, so an injected
 * <script> tag would be refused (and reported as a violation).
 */
async function injectAxe(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
}

export interface Violation {
  rule: string;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs the WCAG rules on the page as it is now and returns what they found. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await injectAxe(page);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
    WCAG_TAGS,
  );
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.join(" "),
      html: node.html,
      summary: node.failureSummary ?? "",
    })),
  }));
}

/** One line per rule and element, naming the page, so that a failure says what to fix where. */
export function describeViolations(page: string, violations: Violation[]): string {
  return violations
    .flatMap(({ rule, help, nodes }) =>
      nodes.map(
        (node) =>
          `${page}: ${rule} (${help})\n  at ${node.target}\n  ${node.html}\n  ${node.summary.replace(/\n/g, "\n  ")}`,
      ),
    )
    .join("\n\n");
}

/** Each link's href and accessible name (text, aria-label or aria-labelledby), as a screen reader announces it. */
export async function linkNames(page: Page, selector = "a[href]"): Promise<{ href: string; name: string }[]> {
  await injectAxe(page);
  return page.evaluate((selector) => {
    window.axe.setup(document);
    try {
      // Rendered links only: one that is display: none (the phone menu's copy on a wide screen) is not
      // in the accessibility tree, so no screen reader lists it.
      return [...document.querySelectorAll(selector)]
        .filter((link) => link.getClientRects().length > 0)
        .map((link) => ({
          href: link.getAttribute("href") ?? "",
          name: window.axe.commons.text.accessibleText(link).trim(),
        }));
    } finally {
      window.axe.teardown();
    }
  }, selector);
}
