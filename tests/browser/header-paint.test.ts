// The header never rearranges itself while a slow page arrives. A proxy sends the home page's HTML
// up to the middle of the header, pauses, then sends the rest: painted half-parsed, the phone
// header's row reflowed as its last links arrived (a layout shift). The root layout's
// <link rel="expect" href="#main" blocking="render"> holds the first paint until <main> starts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, openBarePage } from "./browser";

const baseUrl = inject("baseUrl");
const PAUSE_MS = 1000;
const EXPECT_LINK = /<link rel="expect" href="#main" blocking="render"\/?>/;

let browser: Browser;
let proxy: Server;
let proxyUrl: string;
/** Whether the proxy takes the expect link out of the page: the control that shows the test can fail. */
let withoutExpectLink = false;

beforeAll(async () => {
  browser = await launch();
  proxy = createServer(async (request, response) => {
    const upstream = await fetch(baseUrl + request.url, { headers: { "accept-encoding": "identity" } });
    const type = upstream.headers.get("content-type") ?? "";
    response.writeHead(upstream.status, { "content-type": type, "cache-control": "no-store" });
    if (!type.startsWith("text/html")) return void response.end(Buffer.from(await upstream.arrayBuffer()));
    let html = await upstream.text();
    if (withoutExpectLink) html = html.replace(EXPECT_LINK, "");
    // Cut inside the phone header's search link, after its icon: its word and the Topics menu are
    // still to come (where Chromium once painted a page read in two parts).
    const cut = html.indexOf("</svg>", html.indexOf("<header")) + "</svg>".length;
    response.write(html.slice(0, cut));
    setTimeout(() => response.end(html.slice(cut)), PAUSE_MS);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

/** The layout shifts Chromium reports while the home page loads through the slow proxy, 390 px wide. */
async function shiftsWhileLoading(): Promise<number[]> {
  const { page } = await openBarePage(browser, { viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${proxyUrl}/`, { waitUntil: "load" });
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
}

describe("a page whose bytes stop in the middle of the header", () => {
  it("is served with the link that holds the first paint", async () => {
    expect(await (await fetch(`${baseUrl}/`)).text()).toMatch(EXPECT_LINK);
  });

  it("paints once the header is whole: nothing shifts", async () => {
    withoutExpectLink = false;
    expect(await shiftsWhileLoading()).toEqual([]);
  });

  it("without that link, paints the half header and shifts it (the test can fail)", async () => {
    withoutExpectLink = true;
    expect((await shiftsWhileLoading()).length).toBeGreaterThan(0);
  });
});
