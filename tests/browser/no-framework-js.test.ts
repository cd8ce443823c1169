// Reader pages carry no framework JavaScript, in the production server and in the prerendered
// build it serves, under a script policy without 'unsafe-inline' (README: "Pages without
// framework JavaScript"). These fail loudly when a Next.js upgrade changes what the mechanism
// (server/framework-js.ts) relies on: where Next writes prerendered pages, that it sends them as
// written, and that its pages are whole without its scripts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { fetchRaw } from "@/bench/weight";
import { CONTENT_CHANGES_PATH } from "@/lib/live-reload";
import { SITE_SCRIPT_PATH } from "@/lib/site-script";
import { frameworkLeftovers, NEXT_ERROR_PAGE } from "@/server/framework-js";
import { allowsWebAssembly, contentSecurityPolicy } from "@/server/security-headers.mjs";
import { published } from "./published";
import { siteRoutes } from "./routes";

const baseUrl = inject("baseUrl");
const PRERENDERED = ".next/server/app";

/** Every <script> of a page: its src (or "inline") and type. */
function scripts(html: string) {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map(([, attributes]) => ({
    src: /\ssrc="([^"]*)"/.exec(attributes!)?.[1],
    type: /\stype="([^"]*)"/.exec(attributes!)?.[1],
  }));
}

/** The page's scripts that are neither the site's own file nor JSON-LD data. */
function foreignScripts(html: string) {
  return scripts(html).filter(
    ({ src, type }) =>
      !(src === undefined
        ? type === "application/ld+json"
        : new URL(src, baseUrl).pathname === SITE_SCRIPT_PATH && type === "module"),
  );
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

/** Reader pages: the route registry, plus pages it may not list yet, and answers rendered per request. */
async function readerPages(): Promise<{ name: string; path: string; status: number }[]> {
  const routes = await siteRoutes(baseUrl);
  const timelines = published
    .filter((article) => article.meta.timeline?.length)
    .map((article) => ({ name: `timeline ${article.slug}`, path: `/articles/${article.slug}/timeline`, status: 200 }));
  const more = [
    { name: "glossary", path: "/glossary", status: 200 },
    { name: "planner", path: "/plan", status: 200 },
    { name: "planner answer", path: "/plan?goal=acne-scars", status: 200 },
    { name: "check", path: "/check", status: 200 },
    { name: "404 outside any route", path: "/no-such-page", status: 404 },
    ...timelines,
  ];
  return [...routes, ...more.filter((page) => !routes.some((route) => route.path === page.path))];
}

const pages = await readerPages();

describe("reader pages", () => {
  it("are in the list: home, articles, topics, about, glossary, timeline, planner, check, 404", () => {
    const names = pages.map((page) => page.name.split(" ")[0]);
    for (const kind of ["home", "article", "topic", "glossary", "planner", "check", "404"])
      expect(names, kind).toContain(kind);
  });

  for (const { name, path, status } of pages) {
    it(`${name} (${path}) has no script but the site's own and JSON-LD, and a strict script policy`, async () => {
      const response = await fetchRaw(baseUrl + path);
      expect(response.status).toBe(status);
      expect(foreignScripts(response.body)).toEqual([]);
      expect(frameworkLeftovers(response.body)).toEqual([]);
      expect(
        scripts(response.body).filter(({ src }) => src !== undefined),
        "the site's own script",
      ).toHaveLength(1);
      expect(response.body, "next dev's live reload").not.toContain(CONTENT_CHANGES_PATH);
      const scriptSrc = directives(String(response.headers["content-security-policy"])).get("script-src");
      expect(scriptSrc).toEqual([
        "'self'",
        ...(allowsWebAssembly(new URL(path, baseUrl).pathname) ? ["'wasm-unsafe-eval'"] : []),
      ]);
    });
  }
});

describe("the mechanism's assumptions about Next.js", () => {
  const files = readdirSync(PRERENDERED, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".html"),
  );

  it("Next writes every prerendered page as .html in the build, and the build stripped each one", () => {
    for (const page of [
      "index.html",
      "about.html",
      "glossary.html",
      "search.html",
      "_not-found.html",
      ...published.map((article) => `articles/${article.slug}.html`),
    ])
      expect(files, page).toContain(page);
    for (const file of files) {
      const html = readFileSync(join(PRERENDERED, file), "utf8");
      expect(foreignScripts(html), file).toEqual([]);
      expect(frameworkLeftovers(html, { errorPage: NEXT_ERROR_PAGE.test(file) }), file).toEqual([]);
    }
  });

  it("the server sends a prerendered page as the build wrote it (the build's work is what readers get)", async () => {
    const article = published[0]!;
    // A conditional request that cannot match skips the page cache: this is Next's own answer.
    const served = await fetchRaw(`${baseUrl}/articles/${article.slug}`, { "if-none-match": '"never-matches"' });
    expect(served.body).toBe(readFileSync(join(PRERENDERED, `articles/${article.slug}.html`), "utf8"));
  });

  it("next dev's live-reload stream is no route of the production build", async () => {
    expect((await fetchRaw(baseUrl + CONTENT_CHANGES_PATH)).status).toBe(404);
  });

  it("the policies: no 'unsafe-inline' or 'unsafe-eval' for scripts in production; WebAssembly only where Pagefind runs", () => {
    for (const webAssembly of [false, true]) {
      const scriptSrc = directives(contentSecurityPolicy(false, { webAssembly })).get("script-src")!;
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(scriptSrc.includes("'wasm-unsafe-eval'")).toBe(webAssembly);
      expect(directives(contentSecurityPolicy(false, { webAssembly })).get("script-src-attr")).toEqual(["'none'"]);
    }
    expect(["/search", "/pagefind/pagefind-worker.js"].every(allowsWebAssembly)).toBe(true);
    expect(["/", "/articles/x", "/searching", "/site.js"].some(allowsWebAssembly)).toBe(false);
  });
});
