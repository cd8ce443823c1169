// The one place that takes the framework's JavaScript out of the site's pages (README:
// "Pages without framework JavaScript"). Every page is rendered by Next as usual; this removes
// what Next adds for React's hydration and its client-side router: the <script> tags of its
// chunks, the inline scripts that carry each page's React Server Components data
// (self.__next_f.push), and the preload links of those chunks. What stays is the page's HTML,
// its stylesheets, JSON-LD data and the site's own script (/site.js).
//
// It runs in two places, with the same function:
//   - after `next build` (scripts/build.ts), over every prerendered page: .next/server/app/**.html,
//     which the server sends as they are, or out/**.html in a static export;
//   - in the production server (server/serve.ts), over every HTML page Next renders per request
//     (the planner and check answers), as Next sends it.
// It refuses, loudly, to let through a page that still needs the framework's JavaScript to show
// its content (frameworkLeftovers): that is what a Next.js upgrade that changed how pages are
// delivered would look like.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { join, relative } from "node:path";
import { brotliCompressSync, brotliDecompressSync, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { SITE_SCRIPT_PATH } from "../lib/site-script";

// React writes well-formed HTML: every attribute value quoted and escaped (">" as &gt;), and
// "</script" inside an inline script escaped, so these patterns find whole tags.
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LINK_TAG = /<link\b[^>]*>/gi;

/** The value of attribute `name` in a tag's attribute text; "" for a bare attribute; undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=[\\s/>]|$)`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
}

/** The path of a URL on this site; undefined for another origin's. */
const pathOf = (url: string) => {
  const parsed = new URL(url, "http://site.invalid");
  return parsed.origin === "http://site.invalid" ? parsed.pathname : undefined;
};

/** Whether a <script> element (given its attribute text and body) may stay: JSON-LD data, or the site's own script. */
export function isAllowedScript(attributes: string, body = ""): boolean {
  const src = attribute(attributes, "src");
  if (src === undefined) return attribute(attributes, "type")?.toLowerCase() === "application/ld+json";
  return body.trim() === "" && pathOf(src) === SITE_SCRIPT_PATH;
}

/** A <link> that makes the browser fetch a script ahead of time (Next's chunks). */
function isScriptPreload(tag: string): boolean {
  const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
  const href = attribute(tag, "href");
  const script =
    rel.includes("modulepreload") || (rel.includes("preload") && attribute(tag, "as")?.toLowerCase() === "script");
  return script && (href === undefined || pathOf(href) !== SITE_SCRIPT_PATH);
}

/** The page without the framework's scripts and script preloads; `removed` counts what went. */
export function withoutFrameworkJs(html: string): { html: string; removed: number } {
  let removed = 0;
  const stripped = html
    .replace(SCRIPT_ELEMENT, (element, attributes: string, body: string) =>
      isAllowedScript(attributes, body) ? element : (removed++, ""),
    )
    .replace(LINK_TAG, (tag) => (isScriptPreload(tag) ? (removed++, "") : tag));
  return { html: stripped, removed };
}

/**
 * What in a page (after withoutFrameworkJs) would still need the framework's JavaScript, one
 * message each; [] for a page that is whole without it. Suspense boundaries still pending or left
 * to the client (<!--$?-->, <!--$!-->), content streamed out of order into hidden segments, or
 * Next's client-only error page would show a reader an incomplete page.
 */
export function frameworkLeftovers(html: string, { errorPage = false } = {}): string[] {
  const problems: string[] = [];
  const elements = [...html.matchAll(SCRIPT_ELEMENT)];
  for (const [element, attributes, body] of elements) {
    if (!isAllowedScript(attributes!, body))
      problems.push(`a <script> that is neither the site's own nor JSON-LD: ${element.slice(0, 120)}`);
  }
  if ([...html.matchAll(/<script\b/gi)].length !== elements.length)
    problems.push("a <script> tag that is not a whole element");
  for (const [tag] of html.matchAll(LINK_TAG))
    if (isScriptPreload(tag)) problems.push(`a script preload: ${tag.slice(0, 120)}`);
  const markers: [RegExp, string][] = [
    // In markup only (attributes, a Next.js bootstrap call), so that an article may mention them in its text.
    [/=\s*["']?\/_next\/static\/[^"'\s>]+\.m?js\b/, "a reference to the framework's JavaScript"],
    [/\(self\.__next_[fs]\s*=/, "the framework's inline data"],
    [/<!--\$[?!]-->/, "a Suspense boundary the client would have to finish (<!--$?--> or <!--$!-->)"],
    [/<(div|template)\b[^>]*\bid="[BPS]:/, "content streamed out of order, which a script would put in place"],
    // Next's own 500 page carries this id too, with its message in the HTML: allowed there only.
    ...(errorPage
      ? []
      : [[/<html\b[^>]*\bid="__next_error__"/, "the framework's client-rendered error page"] as [RegExp, string]]),
  ];
  for (const [pattern, what] of markers) if (pattern.test(html)) problems.push(what);
  return problems;
}

/** Next's built-in page for a server error (500), prerendered whole; no reader page of the site. */
export const NEXT_ERROR_PAGE = /(^|\/)_global-error\.html$/;

/** Every .html file under `dir`, at any depth (the prerendered pages of a build). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith(".html")
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * A page that called notFound() while Next prerendered it is written as an empty shell
 * (<html id="__next_error__"> with nothing in the body) that the framework's JavaScript fills
 * with the 404 page; its .meta file (in `metaDir`) records status 404. Without that JavaScript
 * it would be blank, so it gets the prerendered 404 page instead, as a server render would show.
 */
function isNotFoundShell(file: string, dir: string, metaDir: string, html: string): boolean {
  if (!/<html\b[^>]*\bid="__next_error__"/.test(html) || /<body\b[^>]*>[\s\S]*<(?:h1|main|p)\b/.test(html))
    return false;
  try {
    const meta = JSON.parse(readFileSync(join(metaDir, relative(dir, file)).replace(/\.html$/, ".meta"), "utf8")) as {
      status?: number;
    };
    return meta.status === 404;
  } catch {
    return false;
  }
}

/**
 * Strips every prerendered page in `dir` in place (`metaDir`: where Next keeps each page's .meta,
 * the same folder for a server build). Throws, naming the pages, when there is no home page
 * (Next no longer writes prerendered pages there) or when a page would still need the
 * framework's JavaScript.
 */
export function stripBuildOutput(dir: string, metaDir = dir): { pages: number; removed: number } {
  const files = htmlFiles(dir);
  if (!files.some((file) => /(^|\/)index\.html$/.test(file))) {
    throw new Error(
      `framework-js: no prerendered home page (index.html) in ${dir}; has Next.js changed where it writes prerendered pages?`,
    );
  }
  const notFoundPage = [join(dir, "_not-found.html"), join(dir, "404.html")].find((file) => files.includes(file));
  let removed = 0;
  const problems: string[] = [];
  for (const file of files) {
    const original = readFileSync(file, "utf8");
    const result =
      notFoundPage && isNotFoundShell(file, dir, metaDir, original)
        ? { html: withoutFrameworkJs(readFileSync(notFoundPage, "utf8")).html, removed: 1 }
        : withoutFrameworkJs(original);
    removed += result.removed;
    problems.push(
      ...frameworkLeftovers(result.html, { errorPage: NEXT_ERROR_PAGE.test(file) }).map(
        (problem) => `${file}: ${problem}`,
      ),
    );
    if (result.html !== original) writeFileSync(file, result.html);
  }
  if (problems.length > 0)
    throw new Error(
      `framework-js: these pages would still need the framework's JavaScript:\n  ${problems.join("\n  ")}`,
    );
  return { pages: files.length, removed };
}

type Encoding = "gzip" | "br" | "deflate" | "identity";
const decoders: Record<Encoding, (body: Buffer) => Buffer> = {
  gzip: gunzipSync,
  br: brotliDecompressSync,
  deflate: inflateSync,
  identity: (body) => body,
};
const encoders: Record<Encoding, (body: Buffer) => Buffer> = {
  gzip: gzipSync,
  br: brotliCompressSync,
  deflate: deflateSync,
  identity: (body) => body,
};

/**
 * Makes `res` strip the framework's JavaScript from the HTML page Next is about to send through it
 * (other responses pass untouched). The page is held until Next ends it, decompressed if Next
 * compressed it, stripped, and compressed again; a page with nothing to strip (a prerendered
 * one, stripped at build time) goes out as the very bytes Next sent. Call it before Next's
 * handler, which puts its compression on top of these methods.
 */
export function stripFrameworkJsFromResponse(
  res: ServerResponse,
  onProblems: (problems: string[]) => void = () => {},
): void {
  type Method = (this: ServerResponse, ...args: unknown[]) => unknown;
  const writeHead = res.writeHead as unknown as Method;
  const write = res.write as unknown as Method;
  const end = res.end as unknown as Method;
  const flushHeaders = res.flushHeaders as unknown as Method;
  const chunks: Buffer[] = [];
  let kind: "html" | "other" | undefined;
  /** writeHead's arguments, held back with the page. */
  let heldHead: unknown[] | undefined;

  const decide = (headers?: unknown) => {
    if (kind) return kind;
    const fromArguments =
      headers && typeof headers === "object" && !Array.isArray(headers)
        ? Object.entries(headers).find(([name]) => name.toLowerCase() === "content-type")?.[1]
        : undefined;
    kind = /^\s*text\/html\b/i.test(String(fromArguments ?? res.getHeader("content-type") ?? "")) ? "html" : "other";
    return kind;
  };
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };
  const callbackOf = (args: unknown[]) => args.find((arg) => typeof arg === "function") as (() => void) | undefined;

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (decide(typeof args[1] === "string" ? args[2] : args[1]) === "other") return writeHead.apply(this, args);
    heldHead = args;
    return this;
  } as ServerResponse["writeHead"];
  res.flushHeaders = function (this: ServerResponse) {
    if (decide() === "other") flushHeaders.call(this);
  };
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (decide() === "other") return write.apply(this, args);
    keep(args[0], args[1]);
    const callback = callbackOf(args);
    if (callback) queueMicrotask(callback);
    return true;
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (decide() === "other") return end.apply(this, args);
    keep(args[0], args[1]);
    let body: Buffer = Buffer.concat(chunks);
    // writeHead's own headers first (they win over setHeader's), then what the page's new length needs.
    if (heldHead) {
      const [status, second, third] = heldHead;
      const headers = (typeof second === "string" ? third : second) as
        OutgoingHttpHeaders | [string, string][] | string[] | undefined;
      this.statusCode = status as number;
      if (typeof second === "string") this.statusMessage = second;
      if (Array.isArray(headers)) {
        const pairs = Array.isArray(headers[0])
          ? (headers as [string, string][])
          : Array.from(
              { length: headers.length / 2 },
              (_, i) => [headers[2 * i], headers[2 * i + 1]] as [string, string],
            );
        for (const [name, value] of pairs) this.setHeader(name, value);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
      }
    }
    const encoding = String(this.getHeader("content-encoding") ?? "identity").toLowerCase();
    if (body.length > 0 && encoding in decoders) {
      const { html, removed } = withoutFrameworkJs(decoders[encoding as Encoding](body).toString("utf8"));
      const problems = frameworkLeftovers(html);
      if (problems.length > 0) onProblems(problems);
      if (removed > 0) {
        body = encoders[encoding as Encoding](Buffer.from(html, "utf8"));
        this.removeHeader("transfer-encoding");
        this.setHeader("content-length", body.length);
      }
    }
    // From here on, whatever Node or the layers below call (writeHead among them) passes straight through.
    kind = "other";
    return end.call(this, body, callbackOf(args));
  } as ServerResponse["end"];
}
