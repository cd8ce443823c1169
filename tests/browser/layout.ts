// Measurements taken inside the page: overflow, clipped text and line length.
import type { Page } from "playwright-core";

/** Elements that overflow sideways and how: page-wide scrolling, clipped text, or a scroll region. */
export interface Overflow {
  pageScrollWidth: number;
  innerWidth: number;
  /** Text cut off by an ancestor's overflow, or running past the right edge of the window. */
  clipped: string[];
  /** Boxes that scroll sideways without being a focusable, named region a keyboard user can scroll. */
  unreachableScrollers: string[];
}

export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).trim().replace(/\s+/g, ".")}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    // Hidden on purpose for screen readers only: a 1 px box that clips its text.
    const visuallyHidden = (el: Element) => el.closest(".visually-hidden") !== null;
    const clipped: string[] = [];
    const unreachableScrollers: string[] = [];
    const scrollers: Element[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || visuallyHidden(el)) continue;
      const overflows = el.scrollWidth > el.clientWidth + 1;
      if (!overflows) continue;
      if (style.overflowX === "hidden" || style.overflowX === "clip")
        clipped.push(`${describe(el)} hides ${el.scrollWidth - el.clientWidth}px`);
      if (style.overflowX === "auto" || style.overflowX === "scroll") {
        scrollers.push(el);
        const focusable = el.getAttribute("tabindex") === "0";
        const named =
          el.getAttribute("role") === "region" && (el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby"));
        if (!focusable || !named) unreachableScrollers.push(describe(el));
      }
    }
    // Any text whose glyphs end past the window's right edge is cut off (unless it sits in a scroll region).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (
        !parent ||
        !node.textContent?.trim() ||
        visuallyHidden(parent) ||
        scrollers.some((scroller) => scroller.contains(parent))
      )
        continue;
      if (parent.closest("[aria-hidden=true]") || getComputedStyle(parent).visibility === "hidden") continue;
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > window.innerWidth + 1 || rect.left < -1))
        clipped.push(`${describe(parent)} runs from ${Math.round(rect.left)} to ${Math.round(rect.right)}px`);
    }
    return {
      pageScrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
      clipped,
      unreachableScrollers,
    };
  });
}

/** Characters on each full line of the longest paragraph inside `selector` (the last line is left out: it may be short). */
export function charactersPerLine(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((selector) => {
    const paragraphs = [...document.querySelectorAll(`${selector} p`)];
    const longest = paragraphs.sort((a, b) => (b.textContent ?? "").length - (a.textContent ?? "").length)[0];
    if (!longest) return [];
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Superscript citations sit higher than the line; count them with the line they belong to.
      if (node.parentElement?.closest("sup")) continue;
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        const line = Math.round(rect.bottom);
        lines.set(line, (lines.get(line) ?? 0) + 1);
      }
    }
    return [...lines.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, count]) => count)
      .slice(0, -1);
  }, selector);
}
