// The production server: Next's own request handler (the same routing, headers and
// compression as `next start`) behind a cache of compressed prerendered pages
// (page-cache.ts), which also takes the framework's JavaScript out of pages it renders per request
// (framework-js.ts). PORT and HOST choose where it listens, BUILD_DIR which build it
// serves (lib/settings.mjs). `npm start` runs it (scripts/start.ts).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import next from "next";
import { settings } from "../lib/settings.mjs";
import { stripFrameworkJsFromResponse } from "./framework-js";
import { createPageCache, type PageCache } from "./page-cache";

export interface RunningServer {
  server: Server;
  cache: PageCache;
  close: () => Promise<unknown>;
}

export async function startServer({ port = settings().PORT, hostname = settings().HOST } = {}): Promise<RunningServer> {
  const app = next({ dev: false, port, hostname: hostname ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = createPageCache();
  const server = createServer((req, res) => {
    if (cache.handle(req, res)) return;
    // Pages Next renders per request lose the framework's JavaScript here, as prerendered ones did
    // at build time (framework-js.ts); the page cache keeps what this sends.
    stripFrameworkJsFromResponse(res, (problems) => console.error(`${req.url}: this page still needs the framework's JavaScript:\n  ${problems.join("\n  ")}`));
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  return { server, cache, close: () => Promise.all([new Promise((resolve) => server.close(resolve)), app.close?.()]) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { server, close } = await startServer();
  const { address, port } = server.address() as AddressInfo;
  console.log(`Serving the production build on http://${address === "::" || address === "0.0.0.0" ? "localhost" : address}:${port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void close().then(() => process.exit(0)));
}
