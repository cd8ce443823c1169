// What one page costs a reader: the HTML, its CSS and its JavaScript, raw and as sent
// (gzip), with the project's own JavaScript (its script, /site.js, and any client component of its
// own) told apart from the framework's,
// and the response headers that decide compression and caching.
import { readdirSync, readFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { SITE_SCRIPT_PATH } from "../lib/site-script";

export interface Fetched {
  url: string;
  status: number;
  /** Bytes after decompression. */
  raw: number;
  /** Bytes on the wire (gzip when the server compressed). */
  sent: number;
  encoding: string | undefined;
  cacheControl: string | undefined;
  etag: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

/** GET with Accept-Encoding: gzip, keeping the compressed size that node's fetch would hide. */
export function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = res.headers["content-encoding"];
        const body = encoding === "gzip" ? gunzipSync(wire) : wire;
        resolve({
          url,
          status: res.statusCode ?? 0,
          raw: body.length,
          sent: wire.length,
          encoding,
          cacheControl: res.headers["cache-control"],
          etag: res.headers.etag,
          headers: res.headers,
          body: body.toString("utf8"),
        });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

export interface PageAssets {
  stylesheets: string[];
  /** Scripts a modern browser downloads (noModule polyfills left out). */
  scripts: string[];
  /** Requests that hold up the first paint: stylesheets, and scripts without async/defer/module. */
  renderBlocking: string[];
  /** Bytes of inline scripts, JSON-LD left out (the React Server Components payload Next inlines for hydration, where it is not removed). */
  inlineScriptBytes: number;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(tag);

/** Reads the asset references out of an HTML page. */
export function pageAssets(html: string): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const renderBlocking: string[] = [];
  let inlineScriptBytes = 0;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel");
    const href = attribute(tag, "href");
    if (rel && /\bstylesheet\b/i.test(rel[1] ?? rel[2] ?? rel[3] ?? "") && href) {
      const url = href[1] ?? href[2] ?? href[3]!;
      stylesheets.push(url);
      if (!attribute(tag, "media") || /^(all|screen)$/i.test(attribute(tag, "media")![1] ?? ""))
        renderBlocking.push(url);
    }
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${match[1]}>`;
    const src = attribute(tag, "src");
    if (!src) {
      // JSON-LD is data for search engines, not script.
      if (!/^application\/ld\+json$/i.test(attribute(tag, "type")?.[1] ?? ""))
        inlineScriptBytes += Buffer.byteLength(match[2]!);
      continue;
    }
    if (attribute(tag, "nomodule")) continue;
    const url = src[1] ?? src[2] ?? src[3]!;
    scripts.push(url);
    const type = attribute(tag, "type");
    if (!attribute(tag, "async") && !attribute(tag, "defer") && (type?.[1] ?? "") !== "module")
      renderBlocking.push(url);
  }
  return { stylesheets, scripts, renderBlocking, inlineScriptBytes };
}

/**
 * Client chunks that hold the project's own client components ('use client' files outside
 * node_modules), from the client reference manifests Next writes for every route. A chunk
 * shared with framework modules counts as the project's, so the figure never undercounts.
 */
export function projectClientChunks(distDir: string): Set<string> {
  const chunks = new Set<string>();
  const manifests = readdirSync(join(distDir, "server", "app"), { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith("_client-reference-manifest.js"),
  );
  for (const file of manifests) {
    const text = readFileSync(join(distDir, "server", "app", file), "utf8");
    for (const match of text.matchAll(/__RSC_MANIFEST\[[^\]]*\]\s*=\s*(\{.*\});?\s*$/gm)) {
      const manifest = JSON.parse(match[1]!) as { clientModules?: Record<string, { chunks?: string[] }> };
      for (const [module, entry] of Object.entries(manifest.clientModules ?? {})) {
        if (module.includes("/node_modules/") || module.startsWith("[externals]")) continue;
        for (const chunk of entry.chunks ?? []) chunks.add(chunk);
      }
    }
  }
  return chunks;
}

export interface PageWeight {
  path: string;
  status: number;
  htmlRaw: number;
  htmlSent: number;
  inlineScriptBytes: number;
  cssRaw: number;
  cssSent: number;
  jsRaw: number;
  jsSent: number;
  projectJsRaw: number;
  projectJsSent: number;
  scripts: number;
  renderBlocking: string[];
  htmlEncoding: string | undefined;
  htmlCacheControl: string | undefined;
  /** Cache-Control and encoding of the largest static asset, to verify long-lived immutable caching. */
  staticCacheControl: string | undefined;
  staticEncoding: string | undefined;
}

export async function pageWeight(
  baseUrl: string,
  path: string,
  projectChunks: ReadonlySet<string>,
): Promise<PageWeight> {
  const page = await fetchRaw(baseUrl + path);
  const assets = pageAssets(page.body);
  const fetchAll = (urls: string[]) => Promise.all(urls.map((url) => fetchRaw(new URL(url, baseUrl).href)));
  const [css, js] = [await fetchAll(assets.stylesheets), await fetchAll(assets.scripts)];
  const sum = (list: Fetched[], key: "raw" | "sent") => list.reduce((total, item) => total + item[key], 0);
  const project = js.filter(
    (item) => projectChunks.has(new URL(item.url).pathname) || new URL(item.url).pathname === SITE_SCRIPT_PATH,
  );
  const largest = [...css, ...js].sort((a, b) => b.raw - a.raw)[0];
  return {
    path,
    status: page.status,
    htmlRaw: page.raw,
    htmlSent: page.sent,
    inlineScriptBytes: assets.inlineScriptBytes,
    cssRaw: sum(css, "raw"),
    cssSent: sum(css, "sent"),
    jsRaw: sum(js, "raw"),
    jsSent: sum(js, "sent"),
    projectJsRaw: sum(project, "raw"),
    projectJsSent: sum(project, "sent"),
    scripts: js.length,
    renderBlocking: assets.renderBlocking,
    htmlEncoding: page.encoding,
    htmlCacheControl: page.cacheControl,
    staticCacheControl: largest?.cacheControl,
    staticEncoding: largest?.encoding,
  };
}
