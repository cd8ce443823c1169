// npm run loadtest — starts the production server (building first when there is no build),
// drives it on 127.0.0.1 with autocannon (scripts/load.ts) twice in a row, and prints for each
// run the requests per second, p50/p99 latency, errors, wrong answers and the server's memory.
// LOADTEST_DURATION (seconds) and LOADTEST_CONNECTIONS change the load (lib/settings.mjs).
// LOADTEST_SOAK_MINUTES=10 makes it a soak test instead: the load stays on for that long, in
// slices of LOADTEST_DURATION seconds (at most 30), with the server's memory sampled every
// 5 s; it prints a line per slice and the memory's start, peak and end, to show that nothing
// leaks (memory flat after the first slice) and that nothing fails over time.
import { settings } from "../lib/settings.mjs";
import { buildIfNeeded } from "./build-if-needed";
import { loadTest, wrongTotal, type LoadRequest } from "./load";
import { startProductionServer } from "./local-server";
import { treeRssKb } from "./process-tree";

const {
  LOADTEST_DURATION: seconds,
  LOADTEST_CONNECTIONS: connections,
  LOADTEST_SOAK_MINUTES: soakMinutes,
  BUILD_DIR,
} = settings();
const RUNS = 2;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

buildIfNeeded(env);
const { baseUrl, child: server, stop, first } = await startProductionServer({ env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (stop(), process.exit(1)));
const rssMb = () => (server.pid === undefined ? "n/a" : `${(treeRssKb(server.pid) / 1024).toFixed(0)} MB`);
const rssNumber = () => (server.pid === undefined ? 0 : treeRssKb(server.pid) / 1024);

// The pages to load come from the site itself: the home page links every article and topic.
const home = await first.text();
const linked = (pattern: RegExp) => [...new Set([...home.matchAll(pattern)].map((match) => match[1]!))];
const articles = linked(/href="(\/articles\/[a-z0-9-]+)"/g);
const topics = linked(/href="(\/topics\/[a-z0-9-]+)"/g);
const feedStatus = (await fetch(baseUrl + "/feed.xml")).status;
const existing = ["/", ...articles, ...topics, "/about", ...(feedStatus === 200 ? ["/feed.xml"] : [])];
const missing = ["/articles/no-such-article", "/no-such-page", ...(feedStatus === 404 ? ["/feed.xml"] : [])];
const requests: LoadRequest[] = [
  ...existing.map((path) => ({ path, expect: 200 })),
  ...missing.map((path) => ({ path, expect: 404 })),
];

console.log(
  soakMinutes > 0
    ? `Server: the production server (server/serve.ts) on ${baseUrl} (${BUILD_DIR}); soak: ${connections} connections for ${soakMinutes} min, in slices of ${Math.min(seconds, 30)} s.`
    : `Server: the production server (server/serve.ts) on ${baseUrl} (${BUILD_DIR}); ${connections} connections for ${seconds} s, ${RUNS} runs in a row.`,
);
console.log(
  `Paths, each connection cycling through them: /, ${articles.length} articles, ${topics.length} topics, /about${feedStatus === 200 ? ", /feed.xml" : ""} and ${missing.length} that must be 404.`,
);
if (feedStatus === 404)
  console.log("/feed.xml answers 404 (the feed is not part of this build), so it is counted with the expected 404s.");

/** The soak: slices of load back to back until the minutes are up, memory sampled throughout. */
async function soak() {
  const slice = Math.min(seconds, 30);
  const samples: { atS: number; mb: number }[] = [];
  const started = performance.now();
  const sample = () => samples.push({ atS: (performance.now() - started) / 1000, mb: rssNumber() });
  sample();
  const sampler = setInterval(sample, 5_000);
  let answered = 0;
  let errors = 0;
  let wrong = 0;
  const wrongByPath = new Map<string, number>();
  let worstP99 = 0;
  const ends: number[] = [];
  console.log(`\n  minute  requests/s  p50 ms  p99 ms  errors  wrong  server RSS at end`);
  try {
    while (performance.now() - started < soakMinutes * 60_000) {
      const result = await loadTest({ baseUrl, requests, connections, seconds: slice });
      const mb = rssNumber();
      ends.push(mb);
      answered += result.requests;
      errors += result.errors;
      wrong += wrongTotal(result);
      for (const [key, count] of result.wrong) wrongByPath.set(key, (wrongByPath.get(key) ?? 0) + count);
      worstP99 = Math.max(worstP99, result.p99Ms);
      const minute = ((performance.now() - started) / 60_000).toFixed(1);
      console.log(
        `  ${minute.padStart(6)}  ${result.requestsPerSecond.toFixed(0).padStart(10)}  ${String(result.p50Ms).padStart(6)}  ${String(result.p99Ms).padStart(6)}  ${String(result.errors).padStart(6)}  ${String(wrongTotal(result)).padStart(5)}  ${mb.toFixed(0)} MB`,
      );
    }
  } finally {
    clearInterval(sampler);
  }
  sample();
  const peak = Math.max(...samples.map((s) => s.mb));
  const afterFirst = ends[0] ?? samples[0]!.mb;
  const last = ends.at(-1) ?? afterFirst;
  const minutes = (performance.now() - started) / 60_000;
  console.log(
    `\nSoak: ${minutes.toFixed(1)} min, ${answered.toLocaleString("en")} requests (${(answered / (minutes * 60)).toFixed(0)}/s on average), worst p99 ${worstP99} ms.`,
  );
  console.log(`  errors        ${errors}`);
  console.log(
    `  wrong status  ${wrong}${wrong ? ": " + [...wrongByPath].map(([key, count]) => `${key} ×${count}`).join(", ") : ""}`,
  );
  console.log(
    `  server RSS    ${samples[0]!.mb.toFixed(0)} MB at the start, ${afterFirst.toFixed(0)} MB after the first slice, ${last.toFixed(0)} MB at the end, peak ${peak.toFixed(0)} MB (${samples.length} samples)`,
  );
  console.log(
    `  growth        ${(last - afterFirst).toFixed(0)} MB from the end of the first slice to the end (${(((last - afterFirst) / afterFirst) * 100).toFixed(1)}%)`,
  );
  if (errors > 0 || wrong > 0) process.exitCode = 1;
}

try {
  if (soakMinutes > 0) await soak();
  else {
    let before = rssMb();
    for (let index = 1; index <= RUNS; index++) {
      const result = await loadTest({ baseUrl, requests, connections, seconds });
      const after = rssMb();
      const wrong = wrongTotal(result);
      console.log(`\nRun ${index}:`);
      console.log(
        `  requests/s    ${result.requestsPerSecond.toFixed(0)} on average (${result.requests} requests in ${result.seconds} s)`,
      );
      console.log(`  latency       p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
      console.log(`  errors        ${result.errors} (timeouts ${result.timeouts})`);
      console.log(
        `  wrong status  ${wrong} (non-2xx on pages that exist, or not 404 on missing ones)${wrong ? ": " + [...result.wrong].map(([key, value]) => `${key} ×${value}`).join(", ") : ""}`,
      );
      console.log(
        `  status codes  ${Object.entries(result.statusCodes)
          .map(([code, count]) => `${code}: ${count}`)
          .join(", ")}`,
      );
      console.log(`  server RSS    ${before} before, ${after} after`);
      before = after;
      if (result.errors > 0 || result.timeouts > 0 || wrong > 0) process.exitCode = 1;
    }
  }
} finally {
  stop();
}
