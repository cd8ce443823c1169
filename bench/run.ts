// npm run bench — the performance suite. Builds synthetic sites of 10, 100, 500 and 1,000
// articles (10,000 with --huge) and the real site, serves the real site under load,
// weighs its pages, runs Lighthouse, and compares everything with budgets.json.
// Prints tables and writes them as JSON (bench-results.json unless --out says otherwise).
//
//   npm run bench -- --sizes 10,100     fewer builds
//   npm run bench -- --huge             add 10,000 articles
//   npm run bench -- --skip-builds --skip-lighthouse
//   npm run bench -- --skip-content              no content-loading and preview-image timings (builds only)
//   npm run bench -- --baseline-sizes 100,1000   sizes that also build the plain baseline (bench/baseline.ts)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { articlesDir, checkContent, contentRoot } from "../lib/content/load";
import { benchBaseline } from "./baseline";
import { benchBuild, PHASES, type BuildResult } from "./build";
import { compareBudgets, readBudgets, type Metrics } from "./budgets";
import { benchContent, type ContentResult } from "./content";
import { benchPreviewImages } from "./preview";
import { syntheticSlug, writeSyntheticContent } from "./generate";
import { growthRatio, growthSteps } from "./growth";
import { canRunLighthouse, runLighthouse, type LighthouseResult } from "../scripts/lighthouse-runner";
import { loadTest, wrongTotal, type LoadResult } from "../scripts/load";
import { startProductionServer } from "../scripts/local-server";

/** Load per page: enough to fill both cores, short enough for the whole bench. */
const LOAD = { connections: 50, seconds: 10 } as const;
const LIGHTHOUSE_RUNS = 3;
import { navigationTimings, type NavigationTiming } from "./navigation";
import { fixed, formatTable } from "./table";
import { compareWithBaseline } from "./compare";
import { pageWeight, projectClientChunks, type PageWeight } from "./weight";

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "10,100,500,1000" },
    "baseline-sizes": { type: "string", default: "100,1000" },
    huge: { type: "boolean", default: false },
    "skip-builds": { type: "boolean", default: false },
    "skip-content": { type: "boolean", default: false },
    "skip-site": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
    out: { type: "string", default: "bench-results.json" },
  },
});

const sizes = options["skip-builds"]
  ? []
  : [...options.sizes.split(",").map(Number), ...(options.huge ? [10_000] : [])];
const kb = (bytes: number) => bytes / 1000;
const metrics: Metrics = {};
const tables: string[] = [];
const print = (title: string, table: string) => {
  const text = `\n${title}\n${table}`;
  tables.push(text);
  console.log(text);
};
const machine = {
  cpus: cpus().length,
  memoryGb: Math.round(totalmem() / 1e9),
  loadBefore: loadavg().map((n) => Number(n.toFixed(2))),
  node: process.version,
};
console.log(
  `Machine: ${machine.cpus} cores, ${machine.memoryGb} GB, load average ${machine.loadBefore.join(" ")} (other work on the machine makes timings noisy)`,
);

// 1. Content loading alone, on 1,000 synthetic articles (reused for the 1,000 build).
const contentRootFor = new Map<number, string>();
const contentDirFor = (count: number) =>
  contentRootFor.get(count) ?? contentRootFor.set(count, writeSyntheticContent(count)).get(count)!;
let content: ContentResult | undefined;
let preview: Awaited<ReturnType<typeof benchPreviewImages>> | undefined;
if (!options["skip-content"]) {
  content = benchContent(contentDirFor(1000));
  if (content.problems > 0) throw new Error(`the generated articles have ${content.problems} content problems`);
  metrics["content.parseMsPerArticle"] = content.msPerArticle;
  if (!sizes.includes(1000)) rmSync(contentDirFor(1000), { recursive: true, force: true });
  preview = await benchPreviewImages();
  metrics["content.previewImageMs"] = preview?.msPerImage;
  print(
    "Work per article outside Next's rendering, on one core",
    formatTable(
      ["work", "count", "ms each"],
      [
        [
          "content loading (checkContent: read, validate, parse, sections)",
          String(content.articles),
          fixed(content.msPerArticle, 2),
        ],
        [
          "preview image (next/og, 1200×630 PNG)",
          preview ? String(preview.images) : "–",
          fixed(preview?.msPerImage, 2),
        ],
      ],
    ),
  );
}

// 2. Production builds of growing size, and at the baseline sizes the plain Next.js baseline on the
// same articles in the same run: one before the other, in turn, so that load on the machine
// falls on both alike.
const baselineSizes = new Set(options["baseline-sizes"].split(",").map(Number));
const builds: BuildResult[] = [];
const baselines: BuildResult[] = [];
let rebuild: BuildResult | undefined;
for (const [index, count] of sizes.entries()) {
  const distDir = `.next-bench-${count}`;
  const withBaseline = baselineSizes.has(count);
  const baselineFirst = index % 2 === 0;
  const buildBaseline = async () => {
    console.log(`Building ${count} articles with the plain Next.js baseline…`);
    const result = await benchBaseline(contentDirFor(count), count);
    if (!result.ok) console.error(`The baseline build of ${count} articles failed:\n${result.failure}`);
    baselines.push(result);
  };
  if (withBaseline && baselineFirst) await buildBaseline();
  console.log(`Building ${count} articles…`);
  const result = await benchBuild(contentDirFor(count), distDir, count);
  builds.push(result);
  if (withBaseline && !baselineFirst) await buildBaseline();
  // An editor's usual build: the same site again after changing one article (parses of the rest are kept).
  if (result.ok && count === Math.max(...sizes)) {
    console.log(`Rebuilding ${count} articles after editing one…`);
    const edited = join(contentDirFor(count), "articles", `${syntheticSlug(0)}.md`);
    writeFileSync(edited, readFileSync(edited, "utf8").replace(/\n$/, "\n\nOne more sentence from an edit.\n"));
    rebuild = await benchBuild(contentDirFor(count), distDir, count, { rebuild: true });
    metrics[`build.${count}.rebuildSeconds`] = rebuild.ok ? rebuild.seconds : undefined;
  }
  rmSync(distDir, { recursive: true, force: true });
  rmSync(contentDirFor(count), { recursive: true, force: true });
  if (!result.ok) console.error(`The build of ${count} articles failed:\n${result.failure}`);
  metrics[`build.${count}.seconds`] = result.ok ? result.seconds : undefined;
  metrics[`build.${count}.peakMemoryMb`] = result.peakMemoryMb;
}
const steps = growthSteps(builds.filter((build) => build.ok));
metrics["build.growthRatio"] = growthRatio(steps);
if (builds.length > 0) {
  const phaseNames = PHASES;
  print(
    "Production build (npm run build: content and type checks side by side, next build, search index)",
    formatTable(
      ["articles", "seconds", "ms/article since previous", "peak MB", ...phaseNames.map((phase) => `${phase} s`)],
      [
        ...builds.map((build) => [build, ""] as const),
        ...(rebuild ? [[rebuild, ", one edited, rebuilt"] as const] : []),
      ].map(([build, note]) => {
        const step = note ? undefined : steps.find((candidate) => candidate.to === build.articles);
        return [
          String(build.articles) + note + (build.ok ? "" : " (failed)"),
          fixed(build.seconds),
          fixed(step?.msPerArticle),
          fixed(build.peakMemoryMb, 0),
          ...phaseNames.map((phase) => fixed(build.phases[phase])),
        ];
      }),
    ),
  );
  console.log(
    `Growth ratio (per-article cost of the last step ÷ the step before; 1 = linear): ${fixed(metrics["build.growthRatio"] as number | undefined, 2)}`,
  );
}
const comparison = compareWithBaseline(builds, baselines, rebuild);
Object.assign(metrics, comparison.metrics);
if (comparison.table)
  print(
    "This site's build beside the plain Next.js baseline (bench/baseline.ts), same articles, same run; ratio = site ÷ baseline",
    comparison.table,
  );

// 3. The real site: build, serve, weigh, load, Lighthouse.
let site:
  | {
      build: BuildResult;
      weight: Record<string, PageWeight>;
      load: Record<string, LoadResult>;
      lighthouse: Record<string, LighthouseResult>;
      navigation: NavigationTiming[];
    }
  | undefined;
if (!options["skip-site"]) {
  const copy = mkdtempSync(join(tmpdir(), "bench-site-"));
  cpSync(contentRoot(), copy, { recursive: true });
  const { content: real } = checkContent(copy, { includeDrafts: false });
  const articleSlug = real.articles[0]?.slug;
  if (!articleSlug) throw new Error(`no published article in ${articlesDir(contentRoot())}`);
  const distDir = ".next-bench-site";
  console.log(`Building the site (${real.articles.length} articles)…`);
  const build = await benchBuild(copy, distDir, real.articles.length);
  if (!build.ok) throw new Error(`the site build failed:\n${build.failure}`);
  metrics["build.site.seconds"] = build.seconds;
  metrics["build.site.peakMemoryMb"] = build.peakMemoryMb;
  const phases = Object.entries(build.phases)
    .map(([phase, seconds]) => `${phase} ${fixed(seconds)}`)
    .join(", ");
  console.log(`Site build: ${fixed(build.seconds)} s, peak ${fixed(build.peakMemoryMb, 0)} MB (${phases})`);
  const server = await startProductionServer({ env: { ...process.env, BUILD_DIR: distDir }, stdio: "ignore" });
  const stop = () => server.stop();
  process.on("exit", stop);
  try {
    const pages = { home: "/", article: `/articles/${articleSlug}` };
    const chunks = projectClientChunks(distDir);
    site = { build, weight: {}, load: {}, lighthouse: {}, navigation: [] };
    for (const [name, path] of Object.entries(pages)) {
      const weight = await pageWeight(server.baseUrl, path, chunks);
      site.weight[name] = weight;
      Object.assign(metrics, {
        [`weight.${name}.htmlSentKb`]: kb(weight.htmlSent),
        [`weight.${name}.cssSentKb`]: kb(weight.cssSent),
        [`weight.${name}.jsSentKb`]: kb(weight.jsSent),
        [`weight.${name}.projectJsSentKb`]: kb(weight.projectJsSent),
        [`weight.${name}.renderBlocking`]: weight.renderBlocking.length,
      });
    }
    const article = site.weight.article!;
    metrics["headers.htmlGzip"] = article.htmlEncoding === "gzip" && site.weight.home!.htmlEncoding === "gzip";
    metrics["headers.staticImmutable"] =
      /max-age=31536000/.test(article.staticCacheControl ?? "") && /immutable/.test(article.staticCacheControl ?? "");
    metrics["headers.htmlRevalidates"] =
      /max-age=0/.test(article.htmlCacheControl ?? "") && /must-revalidate/.test(article.htmlCacheControl ?? "");
    metrics["headers.htmlCacheControl"] = article.htmlCacheControl;
    print(
      `Bytes per page (kB = 1,000 bytes; "sent" is what the server sent, gzip)`,
      formatTable(
        [
          "page",
          "HTML raw",
          "HTML sent",
          "inline script",
          "CSS raw",
          "CSS sent",
          "JS raw",
          "JS sent",
          "own JS sent",
          "scripts",
          "blocking",
        ],
        Object.values(site.weight).map((w) => [
          w.path,
          fixed(kb(w.htmlRaw)),
          fixed(kb(w.htmlSent)),
          fixed(kb(w.inlineScriptBytes)),
          fixed(kb(w.cssRaw)),
          fixed(kb(w.cssSent)),
          fixed(kb(w.jsRaw)),
          fixed(kb(w.jsSent)),
          fixed(kb(w.projectJsSent), 2),
          String(w.scripts),
          String(w.renderBlocking.length),
        ]),
      ),
    );
    console.log(
      `Headers: HTML ${article.htmlEncoding ?? "not compressed"}, Cache-Control "${article.htmlCacheControl}"; static assets ${article.staticEncoding ?? "not compressed"}, Cache-Control "${article.staticCacheControl}"`,
    );

    // Lighthouse before the load tests: they leave the machine busy, and the blocking time it
    // reports is CPU time measured on this machine.
    if (!options["skip-lighthouse"] && canRunLighthouse()) {
      const named = Object.entries(pages);
      console.log(`Lighthouse ${named.map(([, path]) => path).join(", ")}…`);
      const results = await runLighthouse(
        named.map(([, path]) => server.baseUrl + path),
        { runs: LIGHTHOUSE_RUNS },
      );
      named.forEach(([name], index) => {
        const result = results[index]!;
        site!.lighthouse[name] = result;
        Object.assign(metrics, {
          [`lighthouse.${name}.performance`]: result.scores.performance,
          [`lighthouse.${name}.lcpMs`]: result.lcpMs,
          [`lighthouse.${name}.tbtMs`]: result.tbtMs,
          [`lighthouse.${name}.cls`]: result.cls,
        });
      });
      print(
        `Lighthouse, mobile (simulated slow 4G and 4× slower CPU; median of ${LIGHTHOUSE_RUNS} runs, before the load tests)`,
        formatTable(
          ["page", "performance", "FCP ms", "LCP ms", "TBT ms", "CLS", "render-blocking"],
          Object.entries(site.lighthouse).map(([name, l]) => [
            pages[name as keyof typeof pages],
            String(l.scores.performance),
            fixed(l.fcpMs, 0),
            fixed(l.lcpMs, 0),
            fixed(l.tbtMs, 0),
            fixed(l.cls, 3),
            String(l.renderBlocking.length),
          ]),
        ),
      );
    }

    for (const [name, path] of Object.entries(pages)) {
      console.log(`Load test ${path}: ${LOAD.connections} connections for ${LOAD.seconds} s…`);
      const load = await loadTest({ baseUrl: server.baseUrl, requests: [{ path, expect: 200 }], ...LOAD });
      site.load[name] = load;
      Object.assign(metrics, {
        [`load.${name}.requestsPerSecond`]: load.requestsPerSecond,
        [`load.${name}.p50Ms`]: load.p50Ms,
        [`load.${name}.p99Ms`]: load.p99Ms,
        [`load.${name}.errors`]: load.errors + load.timeouts + wrongTotal(load),
      });
    }
    // For comparison only: the same article with every request rendered and compressed by Next,
    // as `next start` alone would answer. A conditional request that never matches skips the
    // page cache (server/page-cache.ts) and still gets the whole page.
    console.log(`Load test ${pages.article} through Next on every request (for comparison)…`);
    const uncached = await loadTest({
      baseUrl: server.baseUrl,
      requests: [{ path: pages.article, expect: 200 }],
      ...LOAD,
      headers: { "if-none-match": '"never-matches"' },
    });
    metrics["load.articleUncached.requestsPerSecond"] = uncached.requestsPerSecond;
    const loadRows = Object.entries(site.load).map(([name, l]) => [pages[name as keyof typeof pages], l] as const);
    print(
      `The production server under load (npm start; autocannon, ${LOAD.connections} connections, ${LOAD.seconds} s, on this machine)`,
      formatTable(
        ["page", "requests/s", "p50 ms", "p99 ms", "errors", "requests"],
        [...loadRows, [`${pages.article} (page cache skipped: Next compresses each request)`, uncached] as const].map(
          ([page, l]) => [
            page,
            fixed(l.requestsPerSecond, 0),
            fixed(l.p50Ms, 0),
            fixed(l.p99Ms, 0),
            String(l.errors + l.timeouts + wrongTotal(l)),
            String(l.requests),
          ],
        ),
      ),
    );

    if (canRunLighthouse()) {
      console.log("Page-to-page navigation in Chromium…");
      site.navigation = await navigationTimings(server.baseUrl, [
        { from: pages.home, link: `main a[href="${pages.article}"]` },
        { from: pages.article, link: "a[rel=next]" },
      ]);
      site.navigation.forEach((step, index) =>
        Object.assign(metrics, {
          [`navigation.${index === 0 ? "homeToArticle" : "articleToNext"}.ms`]: step.medianMs,
          [`navigation.${index === 0 ? "homeToArticle" : "articleToNext"}.ms4xCpu`]: step.medianMs4xCpu,
        }),
      );
      print(
        "Clicking a link to the next page, from the server's page cache (Chromium, median of 9; until the new heading shows and the page has loaded)",
        formatTable(
          ["from → to", "kind", "ms", "ms, CPU 4× slower"],
          site.navigation.map((step) => [
            `${step.from} → ${step.to}`,
            step.fullLoad ? "full page load" : "client-side (framework router)",
            fixed(step.medianMs, 0),
            fixed(step.medianMs4xCpu, 0),
          ]),
        ),
      );
    }
  } finally {
    stop();
    rmSync(distDir, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}

// 4. Budgets.
const lines = compareBudgets(metrics, readBudgets());
const show = (value: Metrics[string]) =>
  typeof value === "number"
    ? Number.isInteger(value)
      ? String(value)
      : value.toFixed(value < 10 ? 2 : 1)
    : String(value ?? "–");
print(
  "Budgets (bench/budgets.json)",
  formatTable(
    ["budget", "measured", "limit", "status"],
    lines.map((line) => [line.budget.label, show(line.value), line.limit, line.status]),
  ),
);
const machineAfter = { ...machine, loadAfter: loadavg().map((n) => Number(n.toFixed(2))) };
console.log(`\nLoad average at the end: ${machineAfter.loadAfter.join(" ")}.`);

const out = resolve(options.out);
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: machineAfter,
      metrics,
      content,
      preview,
      builds,
      baselines,
      rebuild,
      steps,
      site,
      budgets: lines,
      tables: tables.join("\n"),
    },
    null,
    2,
  ) + "\n",
);
console.log(`Results written to ${out}`);
process.exit(0);
