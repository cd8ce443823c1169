// The production server: Next's own request handler (the same routing, headers and
// compression as `next start`) behind a cache of compressed prerendered pages
// (page-cache.mjs). PORT (default 3000) and HOST (default all interfaces) choose where it
// listens; NEXT_DIST_DIR which build it serves. Not HOSTNAME: containers set it to their name.
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import next from "next";
import { createPageCache } from "./page-cache.mjs";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || undefined;

export async function startServer({ port: listenPort = port, hostname: listenHost = hostname } = {}) {
  const app = next({ dev: false, port: listenPort, hostname: listenHost ?? "localhost" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = createPageCache();
  const server = createServer((req, res) => {
    if (!cache.handle(req, res)) handle(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenPort, listenHost, resolve);
  });
  return { server, cache, close: () => Promise.all([new Promise((resolve) => server.close(resolve)), app.close?.()]) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.env.NODE_ENV = "production";
  const { server, close } = await startServer();
  const { address, port: bound } = server.address();
  console.log(`Serving the production build on http://${address === "::" || address === "0.0.0.0" ? "localhost" : address}:${bound}`);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => close().then(() => process.exit(0)));
}
