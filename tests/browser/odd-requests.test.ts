// Odd and hostile requests against the production server, sent byte for byte over a socket
// (fetch and node's http client would normalize or refuse some of these paths). Each must
// get a 4xx (or a 2xx where that is right), never a 5xx, and never show how the server is built.
import { connect } from "node:net";
import { describe, expect, inject, it } from "vitest";
import { getArticleSummaries } from "@/lib/content";
import { TOPIC_IDS } from "@/lib/topics";

const baseUrl = new URL(inject("baseUrl"));
const article = getArticleSummaries()[0]!;

interface RawResponse {
  status: number;
  head: string;
  body: string;
}

/** One HTTP/1.1 request written as raw bytes; resolves with the status line's code, the headers and the body. */
function rawRequest(method: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(baseUrl.port), baseUrl.hostname);
    const lines = [
      `${method} ${path} HTTP/1.1`,
      ...Object.entries({ Host: baseUrl.host, Connection: "close", ...headers }).map(
        ([key, value]) => `${key}: ${value}`,
      ),
    ];
    // Written, not ended: a half-closed socket may be dropped before the answer comes.
    socket.write(Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "utf8"));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const split = text.indexOf("\r\n\r\n");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      resolve({ status, head: text.slice(0, split), body: text.slice(split + 4) });
    });
  });
}

/** Signs that a response shows the server's insides: file paths or stack frames. */
function leaks(response: RawResponse): string[] {
  const signs = [
    process.cwd(),
    "/work/",
    "node_modules",
    ".next/server",
    "/etc/passwd",
    "root:x:0:0",
    /\n\s+at [\w.<>]+ \(/,
    /"version":\s*"[\d.]+"/,
  ];
  return signs
    .filter((sign) => (typeof sign === "string" ? response.body.includes(sign) : sign.test(response.body)))
    .map(String);
}

const LONG = "a".repeat(10 * 1024);

const NOT_FOUND: string[] = [
  // Path traversal, plain, encoded and double-encoded, into pages and static files.
  "/articles/..%2F..%2Fetc%2Fpasswd",
  "/articles/..%252F..%252Fetc%252Fpasswd",
  "/..%2f..%2fpackage.json",
  "/%2e%2e/%2e%2e/package.json",
  "/_next/static/..%2F..%2Fpackage.json",
  "/_next/static/..%252F..%252Fpackage.json",
  "/_next/static/%2e%2e/%2e%2e/package.json",
  "/_next/static/chunks/..%5C..%5C..%5Cpackage.json",
  "/_next/../package.json",
  "/package.json",
  "/.env",
  "/next.config.mjs",
  "/content/articles",
  // Encoded slashes and NUL bytes.
  "/articles/a%2Fb",
  "/topics/what-it-is%2F..%2Fbenefits",
  "/articles/%00",
  `/articles/${article.slug}%00`,
  "/%00",
  "/about%00.html",
  // Malformed escapes in a slug: Next answers these 500 unless next.config.mjs steps in.
  "/articles/%",
  "/articles/%zz",
  "/articles/%E0%A4%A",
  "/topics/%ff",
  `/articles/${article.slug}%`,
  // Very long paths.
  `/${LONG}`,
  `/articles/${LONG}`,
  // Non-ASCII and bidirectional-override slugs, raw and encoded.
  "/articles/caf%C3%A9",
  "/articles/%E2%80%AE",
  "/topics/%E2%80%AEscience",
  // Unknown pages.
  "/topics/no-such-topic",
  "/articles/no-such-article",
  "/articles/NO-SUCH-ARTICLE",
];

describe("odd requests", () => {
  it.each(
    NOT_FOUND.map((path) => [path.length > 80 ? `${path.slice(0, 40)}… (${path.length} characters)` : path, path]),
  )("GET %s is a 404 that shows nothing of the server", async (_, path) => {
    const response = await rawRequest("GET", path);
    expect(response.status).toBe(404);
    expect(leaks(response)).toEqual([]);
  });

  it("GET with a raw non-ASCII path is refused or not found", async () => {
    for (const path of ["/articles/café", "/articles/\u202Eevil", "/topics/科学"]) {
      const response = await rawRequest("GET", path);
      expect([400, 404], path).toContain(response.status);
      expect(leaks(response)).toEqual([]);
    }
  });

  it("HEAD answers like GET, with no body", async () => {
    for (const path of ["/", `/articles/${article.slug}`, `/topics/${TOPIC_IDS[0]}`, "/about"]) {
      const response = await rawRequest("HEAD", path);
      expect(response.status, path).toBe(200);
      expect(response.body, path).toBe("");
    }
    expect((await rawRequest("HEAD", "/no-such-page")).status).toBe(404);
  });

  it("POST, PUT, DELETE and OPTIONS on pages never fail with a 5xx", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) {
      for (const path of ["/", `/articles/${article.slug}`, `/topics/${TOPIC_IDS[0]}`, "/about", "/no-such-page"]) {
        const response = await rawRequest(method, path, { "Content-Length": "0" });
        expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(200);
        expect(response.status, `${method} ${path}`).toBeLessThan(500);
        expect(leaks(response), `${method} ${path}`).toEqual([]);
      }
    }
  });

  it("a forged server-action request is refused", async () => {
    const response = await rawRequest("POST", "/", {
      "Next-Action": "0123456789abcdef",
      "Content-Type": "text/plain",
      "Content-Length": "0",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(leaks(response)).toEqual([]);
  });

  it("query strings on static pages change nothing", async () => {
    const plain = await rawRequest("GET", "/about");
    for (const query of ["?x=1", "?q=%3Cscript%3E", "?%zz", "?a=" + "b".repeat(4000), "?__proto__[x]=1"]) {
      const response = await rawRequest("GET", `/about${query}`);
      expect(response.status, query).toBe(200);
      // The prerendered page, byte for byte: nothing of the query is reflected into it.
      expect(response.body, query).toBe(plain.body);
    }
  });

  it("a bad Host header is neither an error nor reflected into the page", async () => {
    for (const host of ["evil.example", "<script>x</script>", "localhost:0", ""]) {
      const response = await rawRequest("GET", "/", { Host: host, "X-Forwarded-Host": "evil.example" });
      expect(response.status, host).toBeLessThan(500);
      expect(response.body, host).not.toContain("evil.example");
      expect(response.body, host).not.toContain("<script>x</script>");
    }
  });

  it("malformed escapes in a slug still get the site's 404 page", async () => {
    const response = await rawRequest("GET", "/articles/%zz");
    expect(response.body).toContain("Page not found");
  });
});
