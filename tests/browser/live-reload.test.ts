// Issue 19: in `next dev`, the open page refreshes itself when its Markdown, a registry entry it
// cites, or any content file is saved — in place (a marker set on `window` survives, so it was
// not reloaded) — and a broken file's errors appear in the page. On a scratch copy of the content.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_CHANGES_PATH } from "@/lib/live-reload";
import { startDevServer, type DevServer } from "@/scripts/dev-server";
import { openBarePage, sharedBrowser } from "./browser";
import { copyContent } from "./sites";

const content = copyContent();
const SLUG = "microneedling-cost";
const articleFile = join(content, "articles", `${SLUG}.md`);
const original = readFileSync(articleFile, "utf8");
const browser = sharedBrowser();
let server: DevServer;

beforeAll(async () => {
  server = await startDevServer(content, ".next-test-live-reload");
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(content, { recursive: true, force: true });
});

/** The article open in Chromium, listening for saves, with a marker on `window` that a reload would lose. */
async function openArticle() {
  const { page } = await openBarePage(browser());
  const listening = page.waitForResponse((response) => new URL(response.url()).pathname === CONTENT_CHANGES_PATH, {
    timeout: 240_000,
  });
  await page.goto(`${server.baseUrl}/articles/${SLUG}`, { timeout: 240_000 });
  await listening;
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const stillTheSameDocument = () =>
    page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
  return { page, stillTheSameDocument };
}

describe("next dev with the page open", () => {
  it("shows a saved change to the article without a reload", async () => {
    const { page, stillTheSameDocument } = await openArticle();
    const title = "A title changed while the page was open";
    expect(await page.locator("h1").first().textContent()).not.toBe(title);
    writeFileSync(articleFile, original.replace(/^title: .*$/m, `title: "${title}"`));
    await page.locator("h1", { hasText: title }).waitFor({ timeout: 60_000 });
    expect(await stillTheSameDocument()).toBe(true);
  }, 300_000);

  it("puts a saved paragraph in place before the page's refresh, as the page renders it", async () => {
    const { page, stillTheSameDocument } = await openArticle();
    // Hold the refresh (Next's request for the page's server components, ?_rsc=): the new text
    // must appear without it, from the event's patch (components/dev/LiveReload.tsx).
    const held: Route[] = [];
    const isRefresh = (url: URL) => url.searchParams.has("_rsc");
    await page.route(isRefresh, (route) => void held.push(route));
    const paragraph = /^Get the answers in writing\..*$/m.exec(original)![0];
    const added = "A sentence added while the page was open, with *emphasis*.";
    writeFileSync(articleFile, original.replace(paragraph, `${paragraph} ${added}`));
    const patched = page.locator("[data-article-body] section .prose", { hasText: "while the page was open, with" });
    await patched.waitFor({ timeout: 60_000 });
    expect(await patched.locator("em").textContent()).toBe("emphasis");
    // The same HTML a fresh load of the page renders for that part.
    const fresh = await page.context().newPage();
    await fresh.goto(`${server.baseUrl}/articles/${SLUG}`, { timeout: 240_000 });
    const rendered = fresh.locator("[data-article-body] section .prose", { hasText: "while the page was open, with" });
    expect(await patched.innerHTML()).toBe(await rendered.innerHTML());
    await fresh.close();
    await expect.poll(() => held.length, { timeout: 60_000 }).toBeGreaterThan(0); // the refresh came, and was held
    for (const route of held) await route.continue();
    await page.unroute(isRefresh);
    expect(await stillTheSameDocument()).toBe(true);
  }, 300_000);

  it("shows a saved change to a registry entry the article cites", async () => {
    const { page, stillTheSameDocument } = await openArticle();
    const id = /\[@([^\];\s]+)/.exec(original)![1]!;
    const entry = join(content, "sources", `${id}.yaml`);
    const newTitle = "A registry title corrected while the page was open";
    writeFileSync(entry, readFileSync(entry, "utf8").replace(/^title: .*$/m, `title: "${newTitle}"`));
    await page.getByText(newTitle).first().waitFor({ timeout: 60_000 });
    expect(await stillTheSameDocument()).toBe(true);
  }, 300_000);

  it("lists a broken file's errors in the open page, and takes them away once it is fixed", async () => {
    const { page, stillTheSameDocument } = await openArticle();
    writeFileSync(articleFile, original.replace(/^topic: .*$/m, "topic: nonsense"));
    const panel = page.getByRole("alert").filter({ hasText: "content error" });
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.textContent()).toContain(`${SLUG}.md`);
    expect(await panel.textContent()).toContain("topic — must be one of:");
    writeFileSync(articleFile, original);
    await panel.waitFor({ state: "detached", timeout: 60_000 });
    expect(await stillTheSameDocument()).toBe(true);
  }, 300_000);
});
