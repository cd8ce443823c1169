// One load tester for `npm run loadtest` and the bench: autocannon against the production
// server, asking for gzip as a browser does, counting every answer that is not the one expected.
import autocannon from "autocannon";

export interface LoadRequest {
  path: string;
  /** The status this path must answer with (200 for pages that exist, 404 for missing ones). */
  expect: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors (timeouts included) and, of them, timeouts. */
  errors: number;
  timeouts: number;
  /** Answers whose status was not the expected one, by "path → status". */
  wrong: Map<string, number>;
  requests: number;
  seconds: number;
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  baseUrl: string;
  /** Each connection cycles through these; one path with expect 200 tests one page. */
  requests: readonly LoadRequest[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

export async function loadTest({
  baseUrl,
  requests,
  connections,
  seconds,
  headers = {},
}: LoadOptions): Promise<LoadResult> {
  const wrong = new Map<string, number>();
  const count = (key: string) => wrong.set(key, (wrong.get(key) ?? 0) + 1);
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    headers: { "accept-encoding": "gzip, deflate, br", ...headers },
    requests: requests.map(({ path, expect }) => ({
      method: "GET",
      path,
      onResponse: (status: number) => {
        if (status !== expect) count(`${path} → ${status}`);
      },
    })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    wrong,
    requests: result.requests.total,
    seconds: result.duration,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, stat]) => [code, (stat as { count: number }).count]),
    ),
  };
}

export const wrongTotal = (result: LoadResult) => [...result.wrong.values()].reduce((sum, value) => sum + value, 0);
