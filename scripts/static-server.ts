// npm run export:serve — serves the static export (out/) the way most static hosts do:
// /articles/x answers with articles/x.html, a missing page with 404.html and status 404.
// For trying the export locally and for its test; in production any static host or CDN
// does this job (README: "Static export").
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { settings } from "../lib/settings.mjs";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
};

/** Content type by extension; Next writes preview images without one. */
function contentType(file: string): string {
  if (/(^|[/\\])opengraph-image$/.test(file)) return "image/png";
  return TYPES[extname(file)] ?? "application/octet-stream";
}

/** The file a URL path names: the path itself, path.html, or path/index.html; never outside root. */
export function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const base = resolve(root, "." + decoded);
  if (base !== root && !base.startsWith(root + sep)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves `dir` on 127.0.0.1 (port 0: a free one).
 */
export function serveStatic(dir: string, port = 0): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = fileFor(root, pathname);
    const notFound = join(root, "404.html");
    const [status, path] = file ? [200, file] : [404, existsSync(notFound) ? notFound : undefined];
    response.writeHead(status, { "Content-Type": path ? contentType(path) : "text/plain; charset=utf-8" });
    if (!path || request.method === "HEAD") return void response.end(path ? undefined : "Not found");
    createReadStream(path).pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
      resolveServer({ baseUrl, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? "out";
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`No static export in ${dir}/: run npm run export first.`);
    process.exit(1);
  }
  const { baseUrl } = await serveStatic(dir, settings().PORT);
  console.log(`Serving ${dir}/ on ${baseUrl}`);
}
