// Starting a server on this machine for scripts and tests: a free port, the production server
// (what npm start runs) on 127.0.0.1, and waiting until a server answers.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that nothing listens on. @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Resolves with the first HTTP response from `url` (any status), polling while nothing listens.
 * Fails when `child` (the server's process, if given) exits first or `timeoutMs` passes.
 * @param {string} url
 * @param {{ child?: import("node:child_process").ChildProcess; timeoutMs?: number; name?: string }} [options]
 * @returns {Promise<Response>}
 */
export async function waitUntilAnswering(url, { child, timeoutMs = 60_000, name = "the server" } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch {
      // not listening yet
    }
    if (child && child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before answering on ${url}`);
    if (Date.now() > deadline) throw new Error(`${name} did not answer on ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The production server (lib/server/serve.mjs) on a free port of `host`, once it answers.
 * @param {{ env?: NodeJS.ProcessEnv; stdio?: import("node:child_process").StdioOptions; host?: string }} [options]
 */
export async function startProductionServer({ env = process.env, stdio = ["ignore", "ignore", "inherit"], host = "127.0.0.1" } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ["lib/server/serve.mjs"], {
    stdio,
    env: { ...env, PORT: String(port), HOST: host, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const baseUrl = `http://${host}:${port}`;
  const stop = () => void child.kill("SIGTERM");
  try {
    const first = await waitUntilAnswering(baseUrl + "/", { child, name: `the production server (${env.NEXT_DIST_DIR || ".next"})` });
    return { baseUrl, port, child, stop, first };
  } catch (error) {
    stop();
    throw error;
  }
}
