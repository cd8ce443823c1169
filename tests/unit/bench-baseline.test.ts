// The comparison with the plain Next.js baseline (bench/compare.ts): ratios, per-article cost
// and the rebuild, from builds measured in the same run.
import { describe, expect, it } from "vitest";
import type { BuildResult } from "@/bench/build";
import { compareWithBaseline, msPerArticle } from "@/bench/compare";

const build = (articles: number, seconds: number, phases: BuildResult["phases"] = {}, ok = true): BuildResult => ({
  articles,
  ok,
  seconds,
  peakMemoryMb: undefined,
  cpuSeconds: undefined,
  phases,
});

describe("this site's build beside the baseline's", () => {
  it("costs each added article the time between the smallest and the largest build, over the articles added", () => {
    expect(msPerArticle([build(1000, 40), build(100, 13)])).toBeCloseTo(30);
    expect(msPerArticle([build(100, 13)])).toBeUndefined();
    expect(msPerArticle([build(100, 13), build(1000, 40, {}, false)])).toBeUndefined();
  });

  it("gives each size's ratio, the per-article ratio and the rebuild's, only for sizes built both ways", () => {
    const site = [
      build(10, 5),
      build(100, 10, { compile: 4, staticPages: 3 }),
      build(1000, 40, { compile: 5, staticPages: 30 }),
    ];
    const baselines = [
      build(100, 20, { compile: 8, staticPages: 6 }),
      build(1000, 50, { compile: 9, staticPages: 35 }),
    ];
    const { metrics, table } = compareWithBaseline(site, baselines, build(1000, 12));
    expect(metrics["build.100.ratioToBaseline"]).toBeCloseTo(0.5);
    expect(metrics["build.1000.ratioToBaseline"]).toBeCloseTo(0.8);
    expect(metrics["build.10.ratioToBaseline"]).toBeUndefined();
    expect(metrics["build.msPerArticle"]).toBeCloseTo(33.33, 1);
    expect(metrics["build.baselineMsPerArticle"]).toBeCloseTo(33.33, 1);
    expect(metrics["build.perArticleRatioToBaseline"]).toBeCloseTo(1);
    expect(metrics["build.1000.rebuildRatioToFullBuild"]).toBeCloseTo(0.3);
    expect(metrics["build.1000.rebuildRatioToBaseline"]).toBeCloseTo(0.24);
    expect(table).toMatch(/^prerender pages\s+3\.0\s+6\.0\s+0\.50\s+30\.0\s+35\.0\s+0\.86$/m);
    expect(table).toMatch(/^whole build\s+10\.0\s+20\.0\s+0\.50\s+40\.0\s+50\.0\s+0\.80$/m);
    expect(table).toContain("Each added article (100 → 1000): site 33.3 ms, baseline 33.3 ms, ratio 1.00");
    expect(table).toContain(
      "Rebuild of 1000 articles after editing one: 12.0 s, against 40.0 s for the full build (0.30×) and 50.0 s for the baseline's (0.24×)",
    );
  });

  it("sets CPU seconds beside the baseline's: the whole build, and the site's next build against the baseline's whole one", () => {
    const site = {
      ...build(1000, 60),
      cpuSeconds: 120,
      cpuSteps: { checks: 40, "next build": 72, "strip + search index": 8 },
    };
    const baseline = { ...build(1000, 40), cpuSeconds: 60 };
    const { metrics, table } = compareWithBaseline([site], [baseline]);
    expect(metrics["build.1000.cpuSeconds"]).toBe(120);
    expect(metrics["build.1000.baselineCpuSeconds"]).toBe(60);
    expect(metrics["build.1000.cpuRatioToBaseline"]).toBeCloseTo(2);
    expect(metrics["build.1000.nextBuildCpuRatioToBaseline"]).toBeCloseTo(1.2);
    expect(table).toMatch(/^CPU s: content check \+ tsc \(baseline: none\)\s+40\.0\s+–\s+–$/m);
    expect(table).toMatch(/^CPU s: next build \(baseline: its whole build\)\s+72\.0\s+60\.0\s+1\.20$/m);
    expect(table).toMatch(/^CPU s: whole build, all processes\s+120\.0\s+60\.0\s+2\.00$/m);
  });

  it("compares nothing when the baseline failed", () => {
    expect(compareWithBaseline([build(100, 10)], [build(100, 20, {}, false)])).toEqual({ metrics: {} });
  });
});
