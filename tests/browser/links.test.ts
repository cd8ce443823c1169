// Links never break: every link on every page of the site leads to a page that answers
// 200, and every #fragment names an element on that page.
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

const attributeValues = (html: string, attribute: string) =>
  [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((match) => match[1]!.replaceAll("&amp;", "&"));

describe("links between pages", () => {
  it("all lead somewhere, from home outwards", async () => {
    const pages = new Map<string, { status: number; ids: Set<string>; links: string[] }>();
    const queue = ["/"];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (pages.has(path)) continue;
      const response = await fetch(baseUrl + path);
      const html = await response.text();
      const isHtml = (response.headers.get("content-type") ?? "").includes("text/html");
      const links = isHtml
        ? attributeValues(html, "href").filter(
            (href) => href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/_next/"),
          )
        : [];
      pages.set(path, { status: response.status, ids: new Set(attributeValues(html, "id")), links });
      for (const link of links) queue.push(new URL(link, baseUrl).pathname);
    }
    const broken: string[] = [];
    for (const [path, page] of pages) {
      if (page.status !== 200) broken.push(`${path} answers ${page.status}`);
      for (const link of page.links) {
        const url = new URL(link, baseUrl);
        const target = pages.get(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target && !target.ids.has(id))
          broken.push(`${path} links to ${link}, but ${url.pathname} has no id "${id}"`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages.size).toBeGreaterThan(15);
  });
});
