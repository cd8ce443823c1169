// The production server (next start) of one dist folder, on a free port of 127.0.0.1,
// and a bounded load test against it with autocannon.
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { createServer } from "node:net";

export interface RunningServer {
  baseUrl: string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function startServer(distDir: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${baseUrl} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, stop: () => child.kill("SIGTERM") };
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts and responses that were not 2xx. */
  errors: number;
  requests: number;
}

export const LOAD = { connections: 50, seconds: 10 } as const;

/** 50 connections for 10 s against one URL, asking for gzip like a browser does (or for `encoding`). */
export async function loadTest(url: string, encoding = "gzip, deflate, br"): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: LOAD.connections,
    duration: LOAD.seconds,
    headers: { "accept-encoding": encoding },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}
