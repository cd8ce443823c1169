// This site's builds beside the plain Next.js baseline's (bench/baseline.ts) of the same articles in
// the same run: seconds per phase and in all, their ratio, and what each added article costs.
import { PHASES, type BuildResult, type Phase } from "./build";
import type { Metrics } from "./budgets";
import { fixed, formatTable } from "./table";

/** What each phase is, in this site's build and in the baseline's (one `next build`). */
const PHASE_LABELS: Record<Phase, string> = {
  checks: "before Next compiles (site: content check + tsc; baseline: Next starting)",
  compile: "compile",
  typecheck: "Next's type check (site: done in checks, skipped here)",
  pageData: "collect page data",
  staticPages: "prerender pages",
  finish: "finalize",
  searchIndex: "after the route list (site: framework-JS strip + search index)",
};

/** The site's build steps whose CPU time it prints (scripts/build.ts), and the whole (no step). */
const NEXT_STEP = "next build";
const CPU_ROWS: [string, string | undefined][] = [
  ["CPU s: content check + tsc (baseline: none)", "checks"],
  ["CPU s: next build (baseline: its whole build)", NEXT_STEP],
  ["CPU s: strip + search index (baseline: none)", "strip + search index"],
  ["CPU s: whole build, all processes", undefined],
];

const ratio = (site: number | undefined, baseline: number | undefined) =>
  site === undefined || baseline === undefined || baseline === 0 ? undefined : site / baseline;

/** Milliseconds each added article costs between the smallest and the largest of `builds`. */
export function msPerArticle(builds: readonly BuildResult[]): number | undefined {
  const ok = [...builds].filter((build) => build.ok).sort((a, b) => a.articles - b.articles);
  const [first, last] = [ok[0], ok.at(-1)];
  if (!first || !last || first.articles === last.articles) return undefined;
  return ((last.seconds - first.seconds) * 1000) / (last.articles - first.articles);
}

export function compareWithBaseline(
  builds: readonly BuildResult[],
  baselines: readonly BuildResult[],
  rebuild?: BuildResult,
): { metrics: Metrics; table?: string } {
  const pairs = baselines
    .filter((baseline) => baseline.ok)
    .map((baseline) => ({ baseline, site: builds.find((build) => build.ok && build.articles === baseline.articles) }))
    .filter((pair): pair is { baseline: BuildResult; site: BuildResult } => pair.site !== undefined)
    .sort((a, b) => a.baseline.articles - b.baseline.articles);
  if (pairs.length === 0) return { metrics: {} };
  const metrics: Metrics = {};
  for (const { site, baseline } of pairs) {
    metrics[`build.${site.articles}.baselineSeconds`] = baseline.seconds;
    metrics[`build.${site.articles}.ratioToBaseline`] = ratio(site.seconds, baseline.seconds);
    metrics[`build.${site.articles}.cpuSeconds`] = site.cpuSeconds;
    metrics[`build.${site.articles}.baselineCpuSeconds`] = baseline.cpuSeconds;
    metrics[`build.${site.articles}.cpuRatioToBaseline`] = ratio(site.cpuSeconds, baseline.cpuSeconds);
    metrics[`build.${site.articles}.nextBuildCpuRatioToBaseline`] = ratio(
      site.cpuSteps?.[NEXT_STEP],
      baseline.cpuSeconds,
    );
  }
  const siteCost = msPerArticle(pairs.map((pair) => pair.site));
  const baselineCost = msPerArticle(pairs.map((pair) => pair.baseline));
  metrics["build.msPerArticle"] = siteCost;
  metrics["build.baselineMsPerArticle"] = baselineCost;
  metrics["build.perArticleRatioToBaseline"] = ratio(siteCost, baselineCost);
  const rebuildPair = rebuild?.ok ? pairs.find((pair) => pair.site.articles === rebuild.articles) : undefined;
  if (rebuild && rebuildPair) {
    metrics[`build.${rebuild.articles}.rebuildRatioToBaseline`] = ratio(rebuild.seconds, rebuildPair.baseline.seconds);
    metrics[`build.${rebuild.articles}.rebuildRatioToFullBuild`] = ratio(rebuild.seconds, rebuildPair.site.seconds);
  }

  const header = ["", ...pairs.flatMap(({ site }) => [`${site.articles}: site s`, "baseline s", "ratio"])];
  const cells = (site: number | undefined, baseline: number | undefined) => [
    fixed(site),
    fixed(baseline),
    fixed(ratio(site, baseline), 2),
  ];
  const rows = [
    ...PHASES.map((phase) => [
      PHASE_LABELS[phase],
      ...pairs.flatMap(({ site, baseline }) => cells(site.phases[phase] ?? 0, baseline.phases[phase] ?? 0)),
    ]),
    ["whole build", ...pairs.flatMap(({ site, baseline }) => cells(site.seconds, baseline.seconds))],
    // CPU seconds, all processes: on a machine whose cores every phase keeps busy, running
    // steps side by side cannot hide them; the baseline's whole build is one `next build`.
    ...CPU_ROWS.map(([label, step]) => [
      label,
      ...pairs.flatMap(({ site, baseline }) =>
        cells(
          step ? site.cpuSteps?.[step] : site.cpuSeconds,
          step === undefined || step === NEXT_STEP ? baseline.cpuSeconds : undefined,
        ),
      ),
    ]),
  ];
  const lines = [formatTable(header, rows)];
  const first = pairs[0]!.site.articles;
  const last = pairs.at(-1)!.site.articles;
  if (siteCost !== undefined && baselineCost !== undefined) {
    lines.push(
      `Each added article (${first} → ${last}): site ${fixed(siteCost)} ms, baseline ${fixed(baselineCost)} ms, ratio ${fixed(ratio(siteCost, baselineCost), 2)}`,
    );
  }
  if (rebuild && rebuildPair) {
    lines.push(
      `Rebuild of ${rebuild.articles} articles after editing one: ${fixed(rebuild.seconds)} s, against ${fixed(rebuildPair.site.seconds)} s for the full build (${fixed(ratio(rebuild.seconds, rebuildPair.site.seconds), 2)}×) and ${fixed(rebuildPair.baseline.seconds)} s for the baseline's (${fixed(ratio(rebuild.seconds, rebuildPair.baseline.seconds), 2)}×)`,
    );
  }
  return { metrics, table: lines.join("\n") };
}
