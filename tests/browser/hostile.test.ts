// Builds a whole site from the hostile corpus (every case the pipeline accepts, and the registry
// of sources they cite, hostile entries included), serves it
// with next start and opens every page in Chromium with the Content-Security-Policy switched
// off, so that only the sanitizer stands between the content and the reader. Nothing may run:
// no dialog, no window.__pwned, no request to another origin or to a path the site lacks.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOPIC_IDS } from "@/lib/topics";
import { parseSourceFile } from "@/lib/content/sources/registry";
import { sourceLinks, vancouver } from "@/lib/content/sources/vancouver";
import { FRONT_MATTER_CASES, SOURCE_CASES, registryFileName } from "../fixtures/hostile/corpus";
import { writeHostileSite } from "../fixtures/hostile/site";
import { launch } from "./browser";
import { buildSite, startSite } from "./separate-site";

let contentDir: string;
let slugs: string[];
let site: { baseUrl: string; stop: () => void } | undefined;
let browser: Browser;

beforeAll(async () => {
  contentDir = mkdtempSync(join(tmpdir(), "hostile-site-"));
  slugs = writeHostileSite(contentDir);
  const build = await buildSite(contentDir);
  if (build.status !== 0) throw new Error(`The hostile site did not build:\n${build.output}`);
  console.log(`hostile site (${slugs.length} articles) built in ${build.seconds.toFixed(1)} s`);
  site = await startSite();
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  site?.stop();
  rmSync(contentDir, { recursive: true, force: true });
});

/** Paths the site really has; a request anywhere else means a payload chose the URL. */
const EXPECTED_PATH =
  /^\/(?:$|_next\/static\/|articles\/[a-z0-9-]+$|topics\/[a-z0-9-]+$|about$|search$|plan$|check$|glossary$|studies$|studies\/[a-z0-9-]+$|icon\.svg$|print-origin\.css$|site\.js$)/;

/** What the page's DOM holds that could run script or send the reader elsewhere. */
function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith("on")) found.push(`${name} on <${element.localName}>`);
        const value = attribute.value.replace(/[\u0000-\u0020]/g, "");
        if (urlAttributes.includes(name) && /^(?:javascript|vbscript|data):/i.test(value))
          found.push(`${name}="${value}" on <${element.localName}>`);
      }
    }
    // The site's own search form and JSON-LD data block are expected; anything else of these kinds is not.
    const forbidden =
      "iframe, frame, object, embed, form:not([action='/search']), base, meta[http-equiv], main script:not([type='application/ld+json']), main style, main link, main svg, main math, main template";
    for (const element of document.querySelectorAll(forbidden)) found.push(`<${element.localName}> element`);
    return found;
  });
}

describe("a site built from hostile content", () => {
  it("runs none of it on any page", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const unexpected: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== site!.baseUrl || !EXPECTED_PATH.test(url.pathname))
        unexpected.push(`${page.url()} requested ${request.url()}`);
    });
    const paths = [
      "/",
      "/about",
      ...TOPIC_IDS.map((topic) => `/topics/${topic}`),
      ...slugs.map((slug) => `/articles/${slug}`),
    ];
    const findings: string[] = [];
    for (const path of paths) {
      const response = await page.goto(site!.baseUrl + path, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
      // Give handlers that fire after load (ontoggle, autofocus, meta refresh) a moment.
      await page.waitForTimeout(100);
      expect(new URL(page.url()).pathname, "the page navigated away by itself").toBe(path);
      if (await page.evaluate(() => "__pwned" in window)) findings.push(`${path}: window.__pwned was set`);
      findings.push(...(await dangerousMarkup(page)).map((finding) => `${path}: ${finding}`));
    }
    await context.close();
    expect(findings).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(unexpected).toEqual([]);
  }, 120_000);

  it("shows hostile front matter as plain text", async () => {
    const page = await browser.newPage();
    for (const hostile of FRONT_MATTER_CASES.filter(
      (each) => each.outcome.accepted && typeof each.meta?.title === "string",
    )) {
      await page.goto(`${site!.baseUrl}/articles/${hostile.name}`);
      await expect(page.locator("h1").textContent()).resolves.toBe(hostile.meta!.title);
      await expect(page.title()).resolves.toContain(hostile.meta!.title as string);
    }
    await page.close();
  });

  it("shows hostile registry entries as plain text in the reference list, with links that stay in their attribute", async () => {
    const page = await browser.newPage();
    for (const hostile of SOURCE_CASES.filter((each) => each.outcome.accepted)) {
      const [entry] = parseSourceFile(hostile.registry!.text, `sources/${registryFileName(hostile)}`).entries;
      const work = entry!.source;
      await page.goto(`${site!.baseUrl}/articles/${hostile.name}`);
      const item = page.locator(`section[aria-labelledby="references"] li[id="ref-${work.id}"]`);
      await expect(item.textContent()).resolves.toContain(vancouver(work));
      const hrefs = await item
        .locator(".reference-links a[rel='noopener']")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(hrefs, hostile.name).toEqual(sourceLinks(work).map((link) => link.href));
    }
    await page.close();
  });
});
