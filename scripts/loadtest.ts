// npm run loadtest — starts the production server (building first when there is no build),
// drives it on 127.0.0.1 with autocannon (scripts/load.ts) twice in a row, and prints for each
// run the requests per second, p50/p99 latency, errors, wrong answers and the server's memory.
// LOADTEST_DURATION (seconds) and LOADTEST_CONNECTIONS change the load (lib/settings.mjs).
import { settings } from "../lib/settings.mjs";
import { buildIfNeeded } from "./build-if-needed";
import { loadTest, wrongTotal, type LoadRequest } from "./load";
import { startProductionServer } from "./local-server";
import { treeRssKb } from "./process-tree";

const { LOADTEST_DURATION: seconds, LOADTEST_CONNECTIONS: connections, BUILD_DIR } = settings();
const RUNS = 2;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

buildIfNeeded(env);
const { baseUrl, child: server, stop, first } = await startProductionServer({ env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (stop(), process.exit(1)));
const rssMb = () => (server.pid === undefined ? "n/a" : `${(treeRssKb(server.pid) / 1024).toFixed(0)} MB`);

// The pages to load come from the site itself: the home page links every article and topic.
const home = await first.text();
const linked = (pattern: RegExp) => [...new Set([...home.matchAll(pattern)].map((match) => match[1]!))];
const articles = linked(/href="(\/articles\/[a-z0-9-]+)"/g);
const topics = linked(/href="(\/topics\/[a-z0-9-]+)"/g);
const feedStatus = (await fetch(baseUrl + "/feed.xml")).status;
const existing = ["/", ...articles, ...topics, "/about", ...(feedStatus === 200 ? ["/feed.xml"] : [])];
const missing = ["/articles/no-such-article", "/no-such-page", ...(feedStatus === 404 ? ["/feed.xml"] : [])];
const requests: LoadRequest[] = [...existing.map((path) => ({ path, expect: 200 })), ...missing.map((path) => ({ path, expect: 404 }))];

console.log(`Server: the production server (server/serve.ts) on ${baseUrl} (${BUILD_DIR}); ${connections} connections for ${seconds} s, ${RUNS} runs in a row.`);
console.log(`Paths, each connection cycling through them: /, ${articles.length} articles, ${topics.length} topics, /about${feedStatus === 200 ? ", /feed.xml" : ""} and ${missing.length} that must be 404.`);
if (feedStatus === 404) console.log("/feed.xml answers 404 (the feed is not part of this build), so it is counted with the expected 404s.");

try {
  let before = rssMb();
  for (let index = 1; index <= RUNS; index++) {
    const result = await loadTest({ baseUrl, requests, connections, seconds });
    const after = rssMb();
    const wrong = wrongTotal(result);
    console.log(`\nRun ${index}:`);
    console.log(`  requests/s    ${result.requestsPerSecond.toFixed(0)} on average (${result.requests} requests in ${result.seconds} s)`);
    console.log(`  latency       p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
    console.log(`  errors        ${result.errors} (timeouts ${result.timeouts})`);
    console.log(`  wrong status  ${wrong} (non-2xx on pages that exist, or not 404 on missing ones)${wrong ? ": " + [...result.wrong].map(([key, value]) => `${key} ×${value}`).join(", ") : ""}`);
    console.log(`  status codes  ${Object.entries(result.statusCodes).map(([code, count]) => `${code}: ${count}`).join(", ")}`);
    console.log(`  server RSS    ${before} before, ${after} after`);
    before = after;
    if (result.errors > 0 || result.timeouts > 0 || wrong > 0) process.exitCode = 1;
  }
} finally {
  stop();
}
