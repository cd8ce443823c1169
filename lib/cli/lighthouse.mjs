// npm run lighthouse [-- /path ...] — Lighthouse (mobile, its default) on the production build:
// the home page and the first article on the reader's path, or the paths given. Prints the four
// category scores and what cost points; exits 1 when a score is under its target.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureBuild } from "./ensure-build.mjs";
import { startProductionServer } from "./local-server.mjs";

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
ensureBuild(env);

// localhost, not 127.0.0.1: Lighthouse counts localhost as a secure origin, as a real site on https would be.
const { baseUrl, stop } = await startProductionServer({ env, host: "localhost" });
let chrome;

try {
  const paths = process.argv.slice(2);
  if (paths.length === 0) paths.push("/", await firstArticle());
  chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  let missed = 0;
  for (const path of paths) {
    const { lhr } = await lighthouse(baseUrl + path, { port: chrome.port, output: "json", logLevel: "error" });
    console.log(`\n${path}`);
    for (const [id, target] of Object.entries(TARGETS)) {
      const category = lhr.categories[id];
      const score = Math.round((category.score ?? 0) * 100);
      if (score < target) missed++;
      console.log(`  ${category.title.padEnd(16)} ${String(score).padStart(3)}${score < target ? `  (target ${target})` : ""}`);
      for (const { audit, weight } of lostPoints(lhr, category)) console.log(`      - ${audit.title} (${audit.displayValue ?? `score ${audit.score}`}, weight ${weight})`);
    }
    if (lhr.runWarnings.length > 0) console.log(`  warnings: ${lhr.runWarnings.join("; ")}`);
  }
  process.exitCode = missed > 0 ? 1 : 0;
} finally {
  await chrome?.kill();
  stop();
}

/** The audits that cost the category points, biggest first. */
function lostPoints(lhr, category) {
  return category.auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => ({ audit: lhr.audits[ref.id], weight: ref.weight }))
    .sort((a, b) => b.weight * (1 - b.audit.score) - a.weight * (1 - a.audit.score));
}

async function firstArticle() {
  const html = await (await fetch(baseUrl + "/")).text();
  const match = html.match(/href="(\/articles\/[^"#]+)"/);
  if (!match) throw new Error("The home page links to no article.");
  return match[1];
}
