// Security headers on every kind of response from the production server, and every page of the
// route registry loading under the Content-Security-Policy without a single violation.
import { createServer, type Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getArticleSummaries } from "@/lib/content";
import { TOPIC_IDS } from "@/lib/topics";
import { securityHeaders } from "@/server/security-headers.mjs";
import { launch, openBarePage, openPage } from "./browser";
import { uniqueBodyWord } from "./published";
import { siteRoutes } from "./routes";

const baseUrl = inject("baseUrl");
const article = getArticleSummaries()[0]!;
const PAGES = ["/", `/articles/${article.slug}`, `/topics/${TOPIC_IDS[0]}`, "/about"];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The stylesheet and the script the home page loads, to check that static assets carry the headers too. */
async function staticAssets(): Promise<string[]> {
  const html = await (await fetch(baseUrl + "/")).text();
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  const script = /src="(\/site\.js\?v=[^"]+)"/.exec(html)?.[1];
  if (!stylesheet || !script) throw new Error("the home page loads no stylesheet from /_next/static or no /site.js");
  return [stylesheet, script];
}

describe("security headers", () => {
  it("are on pages, 404s, static assets and the icon", async () => {
    const paths = [...PAGES, "/no-such-page", "/articles/no-such-article", ...(await staticAssets()), "/icon.svg"];
    for (const path of paths) {
      const response = await fetch(baseUrl + path);
      expect(response.status, path).toBeLessThan(500);
      for (const { key, value } of securityHeaders())
        expect(response.headers.get(key), `${key} on ${path}`).toBe(value);
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
    // Where Pagefind runs (the page and its worker's script), the same headers with WebAssembly allowed.
    for (const path of ["/search", "/pagefind/pagefind-worker.js"]) {
      const response = await fetch(baseUrl + path);
      for (const { key, value } of securityHeaders(false, { webAssembly: true }))
        expect(response.headers.get(key), `${key} on ${path}`).toBe(value);
    }
  });

  it("keep the policy strict: no eval, nothing from other origins, no framing", () => {
    const policy = securityHeaders().find(({ key }) => key === "Content-Security-Policy")!.value;
    const directives = new Map(
      policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    // Scripts only from the site itself: no inline script, no eval, no inline event handlers.
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("script-src-attr")).toEqual(["'none'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    for (const sources of directives.values())
      expect(sources.filter((source) => /^(https?:|\*|http)/.test(source))).toEqual([]);
    const permissions = securityHeaders().find(({ key }) => key === "Permissions-Policy")!.value;
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"])
      expect(permissions).toContain(`${feature}=()`);
  });
});

describe("pages under the Content-Security-Policy", () => {
  it("load, run the site's script and navigate without a violation or a header warning, on every page of the route registry", async () => {
    const { page, errors } = await openPage(browser);
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy|Permissions.Policy/i.test(message.text()))
        warnings.push(`${message.type()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        ((window as unknown as { violations: string[] }).violations ??= []).push(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    const violations: string[] = [];
    const routes = await siteRoutes(baseUrl);
    // The search page with a query runs the site's script, Pagefind's script and its WebAssembly.
    const { word } = uniqueBodyWord();
    for (const path of [
      ...routes.map((route) => route.path),
      "/glossary",
      "/plan",
      "/plan?goal=acne-scars",
      "/check",
      `/search?q=${word}`,
    ]) {
      await page.goto(baseUrl + path, { waitUntil: "networkidle" });
      if (path.startsWith("/search?")) await page.locator(".search-results > li").first().waitFor();
      violations.push(
        ...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).map(
          (violation) => `${path}: ${violation}`,
        ),
      );
    }
    // Following a link loads the next page under the same policy.
    await page.goto(baseUrl + "/");
    await page.getByRole("link", { name: article.meta.title, exact: true }).first().click();
    await page.waitForURL(`**/articles/${article.slug}`);
    violations.push(...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])));
    expect(violations).toEqual([]);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it("blocks inline scripts, inline event handlers, eval and scripts from other origins", async () => {
    const { page } = await openBarePage(browser);
    // A page of test scripts served under the policy the server sends with its home page
    // (Playwright's own script injection would run outside the policy). The probe itself is a
    // same-origin file, the only kind of script the policy lets run.
    const policy = (await fetch(baseUrl + "/")).headers.get("content-security-policy")!;
    await page.route(`${baseUrl}/csp-probe.js`, (route) =>
      route.fulfill({
        headers: { "content-type": "text/javascript" },
        body: `window.violations = [];
          document.addEventListener("securitypolicyviolation", (event) => window.violations.push(event.violatedDirective));
          try { window.evalResult = String(eval("1 + 1")); } catch (error) { window.evalResult = error.name; }`,
      }),
    );
    await page.route(`${baseUrl}/csp-probe`, (route) =>
      route.fulfill({
        headers: { "content-security-policy": policy, "content-type": "text/html" },
        body: `<!doctype html><script src="/csp-probe.js"></script>
          <script>window.inlineRan = true;</script>
          <script src="https://evil.example/x.js"></script>
          <img src="/no-such-image.png" onerror="window.handlerRan = true">`,
      }),
    );
    await page.goto(`${baseUrl}/csp-probe`);
    const probe = () =>
      page.evaluate(() => {
        const { violations, evalResult, inlineRan, handlerRan } = window as unknown as {
          violations?: string[];
          evalResult?: string;
          inlineRan?: boolean;
          handlerRan?: boolean;
        };
        return { violations: violations ?? [], evalResult, inlineRan, handlerRan };
      });
    // The handler's violation comes last, once the image has failed to load.
    await expect.poll(async () => (await probe()).violations).toContain("script-src-attr");
    const { evalResult, inlineRan, handlerRan, violations } = await probe();
    expect({ evalResult, inlineRan, handlerRan }).toEqual({
      evalResult: "EvalError",
      inlineRan: undefined,
      handlerRan: undefined,
    });
    // Both the inline script and the other origin's were refused.
    expect(violations.filter((violation) => violation === "script-src-elem")).toHaveLength(2);
  });

  it("cannot be framed by another site", async () => {
    // Another origin: a second port on the same host.
    const framer: Server = createServer((_, response) => {
      response.setHeader("content-type", "text/html");
      response.end(`<!doctype html><iframe src="${baseUrl}/"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, "127.0.0.1", resolve));
    try {
      const { page } = await openBarePage(browser);
      const blocked = new Promise<string>((resolve) =>
        page.on(
          "console",
          (message) => /frame-ancestors|X-Frame-Options/.test(message.text()) && resolve(message.text()),
        ),
      );
      await page.goto(`http://127.0.0.1:${(framer.address() as { port: number }).port}/`);
      await expect(blocked).resolves.toMatch(/frame-ancestors 'none'/);
      // The frame shows Chromium's error page, not the site's.
      const frame = page.frames().find((each) => each !== page.mainFrame());
      expect(frame).toBeDefined();
      await expect(frame!.evaluate(() => document.querySelector("main#main") !== null)).resolves.toBe(false);
    } finally {
      framer.close();
    }
  });
});
