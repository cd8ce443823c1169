// npm run loadtest — starts the production server (building first when there is no build),
// drives it on 127.0.0.1 with autocannon twice in a row, and prints for each run the
// requests per second, p50/p99 latency, errors, wrong answers and the server's memory.
// LOADTEST_DURATION (seconds, default 30) and LOADTEST_CONNECTIONS (default 100) change the load.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { startProductionServer } from "./local-server.mjs";

const DURATION = Number(process.env.LOADTEST_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const RUNS = 2;
const distDir = process.env.NEXT_DIST_DIR || ".next";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Resident memory of a process and all its descendants, in MB (Linux /proc); undefined elsewhere. */
function treeRssMb(rootPid) {
  if (!existsSync("/proc")) return undefined;
  const parentOf = new Map();
  for (const name of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      // The command name in field 2 may hold spaces; the parent pid is the 2nd field after ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  let kilobytes = 0;
  for (const pid of tree) {
    try {
      kilobytes += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return kilobytes / 1024;
}

const mb = (value) => (value === undefined ? "n/a" : `${value.toFixed(0)} MB`);

if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.log("No production build found; building first (npm run build).");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { baseUrl, child: server, stop, first } = await startProductionServer({ env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), process.exit(1)));

// The pages to load come from the site itself: the home page links every article and topic.
const home = await first.text();
const linked = (pattern) => [...new Set([...home.matchAll(pattern)].map((match) => match[1]))];
const articles = linked(/href="(\/articles\/[a-z0-9-]+)"/g);
const topics = linked(/href="(\/topics\/[a-z0-9-]+)"/g);
const feedStatus = (await fetch(baseUrl + "/feed.xml")).status;
const existing = ["/", ...articles, ...topics, "/about", ...(feedStatus === 200 ? ["/feed.xml"] : [])];
const missing = ["/articles/no-such-article", "/no-such-page", ...(feedStatus === 404 ? ["/feed.xml"] : [])];

console.log(`Server: the production server (lib/server/serve.mjs) on ${baseUrl} (${distDir}); ${CONNECTIONS} connections for ${DURATION} s, ${RUNS} runs in a row.`);
console.log(`Paths, each connection cycling through them: /, ${articles.length} articles, ${topics.length} topics, /about${feedStatus === 200 ? ", /feed.xml" : ""} and ${missing.length} that must be 404.`);
if (feedStatus === 404) console.log("/feed.xml answers 404 (the feed is not part of this build), so it is counted with the expected 404s.");

async function run() {
  const wrong = new Map();
  const count = (path, status) => wrong.set(`${path} → ${status}`, (wrong.get(`${path} → ${status}`) ?? 0) + 1);
  const requests = [
    ...existing.map((path) => ({ method: "GET", path, onResponse: (status) => (status < 200 || status >= 300) && count(path, status) })),
    ...missing.map((path) => ({ method: "GET", path, onResponse: (status) => status !== 404 && count(path, status) })),
  ];
  const result = await autocannon({ url: baseUrl, connections: CONNECTIONS, duration: DURATION, requests });
  return { result, wrong };
}

try {
  const rss = [treeRssMb(server.pid)];
  for (let index = 1; index <= RUNS; index++) {
    const { result, wrong } = await run();
    rss.push(treeRssMb(server.pid));
    const wrongTotal = [...wrong.values()].reduce((sum, value) => sum + value, 0);
    console.log(`\nRun ${index}:`);
    console.log(`  requests/s    ${result.requests.average.toFixed(0)} on average (${result.requests.total} requests in ${result.duration} s)`);
    console.log(`  latency       p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  errors        ${result.errors} (timeouts ${result.timeouts})`);
    console.log(`  wrong status  ${wrongTotal} (non-2xx on pages that exist, or not 404 on missing ones)${wrongTotal ? ": " + [...wrong].map(([key, value]) => `${key} ×${value}`).join(", ") : ""}`);
    console.log(`  status codes  ${Object.entries(result.statusCodeStats).map(([code, { count }]) => `${code}: ${count}`).join(", ")}`);
    console.log(`  server RSS    ${mb(rss[index - 1])} before, ${mb(rss[index])} after`);
    if (result.errors > 0 || wrongTotal > 0) process.exitCode = 1;
  }
} finally {
  stop();
}
