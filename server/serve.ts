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

/**
 * How long a client may take, so that many slow ones (a trickle of header bytes each) cannot
 * hold connections for minutes: Node's defaults are 60 s for the headers and 5 minutes for the
 * request, checked every 30 s. Pages answer in milliseconds, so these are generous.
 */
export const TIMEOUTS = {
  /** To send the request's headers. */
  headersMs: 10_000,
  /** To send the whole request. */
  requestMs: 30_000,
  /** An idle keep-alive connection is closed after this (Node's default). */
  keepAliveMs: 5_000,
  /** How often Node checks the two above. */
  checkEveryMs: 1_000,
  /** On SIGTERM or SIGINT, requests in flight get this long to finish before their connections are cut. */
  shutdownMs: 5_000,
} as const;

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
  const server = createServer(
    {
      headersTimeout: TIMEOUTS.headersMs,
      requestTimeout: TIMEOUTS.requestMs,
      keepAliveTimeout: TIMEOUTS.keepAliveMs,
      connectionsCheckingInterval: TIMEOUTS.checkEveryMs,
    },
    (req, res) => {
      if (cache.handle(req, res)) return;
      // Pages Next renders per request lose the framework's JavaScript here, as prerendered ones did
      // at build time (framework-js.ts); the page cache keeps what this sends.
      stripFrameworkJsFromResponse(res, (problems) =>
        console.error(`${req.url}: this page still needs the framework's JavaScript:\n  ${problems.join("\n  ")}`),
      );
      void handle(req, res);
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  // Stop accepting, let requests in flight finish (idle keep-alive connections close now), and
  // cut whatever is left after TIMEOUTS.shutdownMs.
  const close = async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    const deadline = setTimeout(() => server.closeAllConnections(), TIMEOUTS.shutdownMs);
    await closed;
    clearTimeout(deadline);
    await app.close?.();
  };
  return { server, cache, close };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { server, close } = await startServer();
  const { address, port } = server.address() as AddressInfo;
  console.log(
    `Serving the production build on http://${address === "::" || address === "0.0.0.0" ? "localhost" : address}:${port}`,
  );
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // A second signal means now.
      if (stopping) process.exit(1);
      stopping = true;
      void close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
