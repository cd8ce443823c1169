// The static export (npm run export): built into a temporary folder, served the way a static
// host serves files, it has every page, a real 404 page and the search index, and an article
// opened in Chromium loads every asset and every link's data from plain files.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SERVER_ONLY_ROUTES } from "@/scripts/export";
import { frameworkLeftovers, NEXT_ERROR_PAGE } from "@/server/framework-js";
import { serveStatic } from "@/scripts/static-server";
import { getArticleMarkdown, getLlmsTxt } from "@/lib/content";
import { readSettings } from "@/lib/settings.mjs";
import { TOPIC_IDS } from "@/lib/topics";
import { openBarePage, sharedBrowser } from "./browser";
import { published } from "./published";

const serverUrl = inject("baseUrl");
const out = join(mkdtempSync(join(tmpdir(), "export-")), "out");
const browser = sharedBrowser();
let site: { baseUrl: string; close: () => Promise<void> };
let buildOutput = "";
let serverBuildId = "";
/** The server build the tests run against (BUILD_DIR, default .next), which the export must leave alone. */
const serverBuildIdFile = join(readSettings().BUILD_DIR, "BUILD_ID");

beforeAll(async () => {
  serverBuildId = readFileSync(serverBuildIdFile, "utf8");
  const build = spawn("node", ["--import", "tsx", "scripts/export.ts"], { env: { ...process.env, EXPORT_DIR: out } });
  build.stdout.on("data", (chunk: Buffer) => (buildOutput += chunk.toString()));
  build.stderr.on("data", (chunk: Buffer) => (buildOutput += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => build.on("close", resolve));
  if (status !== 0) throw new Error(`npm run export failed:\n${buildOutput.slice(-3000)}`);
  site = await serveStatic(out);
}, 300_000);

afterAll(async () => {
  await site?.close();
  rmSync(join(out, ".."), { recursive: true, force: true });
});

const article = published.find((candidate) => candidate.sections.length >= 2) ?? published[0]!;

/** The text of the <h1> and the ids of the section headings in a page's HTML. */
function outline(html: string) {
  return {
    h1: /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1],
    ids: [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]),
  };
}

describe("the static export", () => {
  it("leaves the server build alone and cleans up its scratch copy", () => {
    expect(readFileSync(serverBuildIdFile, "utf8")).toBe(serverBuildId);
    expect(readdirSync(".").filter((name) => name.startsWith(".next-export"))).toEqual([]);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(buildOutput).toMatch(
      new RegExp(`${published.length} articles and \\d+ study pages indexed into out/pagefind`),
    );
  });

  it("has every page and feed, each with its type", async () => {
    const paths = [
      ["/", "text/html"],
      ...published.map(({ slug }) => [`/articles/${slug}`, "text/html"]),
      ...TOPIC_IDS.map((topic) => [`/topics/${topic}`, "text/html"]),
      ["/about", "text/html"],
      ["/glossary", "text/html"],
      ["/search", "text/html"],
      ["/feed.xml", "application/xml"],
      ["/sitemap.xml", "application/xml"],
      ["/robots.txt", "text/plain"],
      ["/llms.txt", "text/plain; charset=utf-8"],
      ...published.map(({ slug }) => [`/articles/${slug}.md`, "text/markdown; charset=utf-8"]),
      ["/pagefind/pagefind.js", "text/javascript"],
      [`/articles/${article.slug}/opengraph-image`, "image/png"],
    ];
    for (const [path, type] of paths) {
      const response = await fetch(site.baseUrl + path!);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain(type);
    }
  });

  it("shows an article as the production server does", async () => {
    const exported = await (await fetch(`${site.baseUrl}/articles/${article.slug}`)).text();
    const served = await (await fetch(`${serverUrl}/articles/${article.slug}`)).text();
    expect(outline(exported)).toEqual(outline(served));
    expect(outline(exported).ids).toEqual(expect.arrayContaining(article.sections.map((section) => section.id)));
  });

  it("has no script on any page but the site's own and JSON-LD (no framework JavaScript)", () => {
    const pages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
    expect(pages).toEqual(
      expect.arrayContaining([
        "index.html",
        "404.html",
        "search.html",
        "glossary.html",
        `articles/${article.slug}.html`,
      ]),
    );
    for (const file of pages) {
      const html = readFileSync(join(out, file), "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map(([, attributes]) => attributes!);
      const foreign = scripts.filter(
        (attributes) =>
          !/\stype="application\/ld\+json"/.test(attributes) && !/\ssrc="\/site\.js\?v=[0-9a-f]+"/.test(attributes),
      );
      expect(foreign, file).toEqual([]);
      expect(frameworkLeftovers(html, { errorPage: NEXT_ERROR_PAGE.test(file) }), file).toEqual([]);
    }
    // The site's script is a file of the export, like any other.
    expect(existsSync(join(out, "site.js"))).toBe(true);
  });

  it("has the copies for AI assistants as the production server sends them, and no internal route", async () => {
    expect(await (await fetch(`${site.baseUrl}/llms.txt`)).text()).toBe(getLlmsTxt());
    expect(await (await fetch(`${site.baseUrl}/articles/${article.slug}.md`)).text()).toBe(
      getArticleMarkdown(article.slug),
    );
    expect(await (await fetch(`${site.baseUrl}/articles/${article.slug}.md`)).text()).toBe(
      await (await fetch(`${serverUrl}/articles/${article.slug}.md`)).text(),
    );
    expect(existsSync(join(out, "markdown"))).toBe(false);
    expect((await fetch(`${site.baseUrl}/articles/no-such-article.md`)).status).toBe(404);
  });

  it("answers a missing page with its 404 page", async () => {
    const response = await fetch(`${site.baseUrl}/articles/no-such-article`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
  });

  it("leaves out the tools that answer on a server, and only those", async () => {
    for (const route of SERVER_ONLY_ROUTES) {
      expect((await fetch(site.baseUrl + route)).status, route).toBe(404);
      expect((await fetch(serverUrl + route)).status, route).toBe(200);
    }
  });

  it("loads an article in Chromium with every stylesheet and script found, and its links lead to pages", async () => {
    // openPage's checks expect the test server's origin; this page comes from the static one.
    const { page } = await openBarePage(browser());
    // Prefetches of the tools that need a server (linked from the footer) are expected to miss.
    const serverOnly = (url: string) => SERVER_ONLY_ROUTES.some((route) => new URL(url).pathname.startsWith(route));
    const problems: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400 && !serverOnly(response.url()))
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on("requestfailed", (request) => {
      if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error" && !serverOnly(message.location().url || site.baseUrl))
        problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${site.baseUrl}/articles/${article.slug}`, { waitUntil: "networkidle" });
    expect(await page.locator("h1").textContent()).toBe(article.meta.title);
    // The stylesheet applied: the body's font is the site's, not the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
    // Following a link loads the exported page.
    // :visible, since the header also holds the phone menu's copy of the link, hidden on a wide screen.
    await page.locator(`a[href="/topics/${article.meta.topic}"]:visible`).first().click();
    await page.waitForURL(`${site.baseUrl}/topics/${article.meta.topic}`);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });
});
