// The production server (lib/server/serve.mjs, what npm start runs) of one dist folder, on a free port of 127.0.0.1,
// and a bounded load test against it with autocannon.
import autocannon from "autocannon";
import { startProductionServer } from "../local-server.mjs";

export interface RunningServer {
  baseUrl: string;
  stop: () => void;
}

export async function startServer(distDir: string): Promise<RunningServer> {
  const { baseUrl, stop, first } = await startProductionServer({ env: { ...process.env, NEXT_DIST_DIR: distDir }, stdio: "ignore" });
  if (!first.ok) {
    stop();
    throw new Error(`the server answered / with ${first.status}`);
  }
  return { baseUrl, stop };
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

/** 50 connections for 10 s against one URL, asking for gzip like a browser does, plus any `headers`. */
export async function loadTest(url: string, headers: Record<string, string> = {}): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: LOAD.connections,
    duration: LOAD.seconds,
    headers: { "accept-encoding": "gzip, deflate, br", ...headers },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}
