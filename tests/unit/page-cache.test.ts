import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache } from "../../server/page-cache";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A page as Next sends a prerendered one: shareable, with an ETag and a Vary. */
const prerendered: Handler = (req, res) => {
  res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
  res.setHeader("ETag", '"abc"');
  res.setHeader("Vary", "rsc, Accept-Encoding");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.write("<p>");
  res.write(Buffer.from(`${req.url} ${req.headers.rsc ?? "html"} ${req.headers["accept-encoding"] ?? ""}`));
  res.end("</p>", "utf8");
};

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server with the page cache in front of `handler`; counts what reaches the handler. */
async function serve(handler: Handler, limits: { maxEntries?: number; maxBytes?: number } = {}) {
  const cache = createPageCache(limits);
  const calls: string[] = [];
  server = createServer((req, res) => {
    if (cache.handle(req, res)) return;
    calls.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(base + path, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  return { cache, calls, get };
}

describe("page cache", () => {
  it("answers a repeated request from the cache with the same status, headers and body", async () => {
    const { calls, get, cache } = await serve(prerendered);
    const first = await get("/articles/a");
    const second = await get("/articles/a");
    expect(calls).toEqual(["GET /articles/a"]);
    expect(cache.stats.hits).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.body).toBe("<p>/articles/a html gzip, deflate</p>");
    for (const name of ["cache-control", "etag", "vary", "x-frame-options", "content-type"])
      expect(second.headers.get(name), name).toBe(first.headers.get(name));
    expect(second.headers.get("content-length")).toBe(String(Buffer.byteLength(first.body)));
  });

  it("keeps one copy per value of each header the response varies on", async () => {
    const { calls, get } = await serve(prerendered);
    await get("/a");
    const rsc = await get("/a", { headers: { rsc: "1" } });
    const identity = await get("/a", { headers: { "accept-encoding": "identity" } });
    expect(rsc.body).toBe("<p>/a 1 gzip, deflate</p>");
    expect(identity.body).toBe("<p>/a html identity</p>");
    expect(calls).toHaveLength(3);
    expect((await get("/a", { headers: { rsc: "1" } })).body).toBe(rsc.body);
    expect(calls).toHaveLength(3);
  });

  it("never keeps a response that is private, uncacheable, personal, not 200, without an ETag or with Vary: *", async () => {
    const variants: Record<string, Handler> = {
      "/private": (req, res) => (
        res.setHeader("Cache-Control", "private, no-store"),
        res.setHeader("ETag", '"x"'),
        res.end("a")
      ),
      "/cookie": (req, res) => (
        res.setHeader("Cache-Control", "public, max-age=0"),
        res.setHeader("ETag", '"x"'),
        res.setHeader("Set-Cookie", "id=1"),
        res.end("a")
      ),
      "/missing": (req, res) => (
        (res.statusCode = 404),
        res.setHeader("Cache-Control", "public, max-age=0"),
        res.setHeader("ETag", '"x"'),
        res.end("a")
      ),
      "/no-etag": (req, res) => (res.setHeader("Cache-Control", "public, max-age=0"), res.end("a")),
      "/vary-all": (req, res) => (
        res.setHeader("Cache-Control", "public, max-age=0"),
        res.setHeader("ETag", '"x"'),
        res.setHeader("Vary", "*"),
        res.end("a")
      ),
    };
    const { calls, get, cache } = await serve((req, res) => variants[req.url!]!(req, res));
    for (const path of Object.keys(variants)) {
      await get(path);
      await get(path);
    }
    expect(calls).toHaveLength(10);
    expect(cache.size).toBe(0);
  });

  it("sends conditional, ranged, non-GET and query-string requests to the server behind it", async () => {
    const { calls, get } = await serve(prerendered);
    await get("/a");
    await get("/a", { headers: { "if-none-match": '"abc"' } });
    await get("/a", { headers: { "if-modified-since": new Date().toUTCString() } });
    await get("/a", { headers: { range: "bytes=0-1" } });
    await get("/a", { method: "HEAD" });
    await get("/a", { method: "POST", body: "x" });
    await get("/a?utm_source=x");
    await get("/a?utm_source=x");
    expect(calls).toEqual([
      "GET /a",
      "GET /a",
      "GET /a",
      "GET /a",
      "HEAD /a",
      "POST /a",
      "GET /a?utm_source=x",
      "GET /a?utm_source=x",
    ]);
  });

  it("holds a bounded number of pages, dropping the oldest first", async () => {
    const { calls, get, cache } = await serve(prerendered, { maxEntries: 2 });
    await get("/a");
    await get("/b");
    await get("/c");
    expect(cache.size).toBe(2);
    await get("/c");
    await get("/b");
    await get("/a");
    expect(calls).toEqual(["GET /a", "GET /b", "GET /c", "GET /a"]);
  });

  it("holds a bounded number of bytes, and leaves out a page bigger than the whole cache", async () => {
    // Each body below is 38 bytes, so two fit in 80.
    const { calls, get, cache } = await serve(prerendered, { maxBytes: 80 });
    await get("/aaaaaaaaaaa");
    await get("/bbbbbbbbbbb");
    expect(cache.size).toBe(2);
    await get("/ccccccccccc");
    expect(cache.size).toBe(2);
    await get("/aaaaaaaaaaa");
    expect(calls).toEqual(["GET /aaaaaaaaaaa", "GET /bbbbbbbbbbb", "GET /ccccccccccc", "GET /aaaaaaaaaaa"]);
    const long = `/${"z".repeat(100)}`;
    await get(long);
    await get(long);
    expect(calls.filter((call) => call === `GET ${long}`)).toHaveLength(2);
  });
});
