// The benchmark's own logic: the synthetic articles are valid content of the intended
// shape, and the budget, growth and page-asset arithmetic says what it should.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { compareBudgets, readBudgets, type Budget } from "@/bench/budgets";
import { phasesFromOutput } from "@/bench/build";
import { syntheticSectionIds, syntheticSlug, syntheticWorkCount, writeSyntheticContent } from "@/bench/generate";
import { growthRatio, growthSteps } from "@/bench/growth";
import { pageAssets } from "@/bench/weight";
import { medianRun, type LighthouseResult } from "@/scripts/lighthouse-runner";
import { checkContent } from "@/lib/content/load";
import { sectionHtml } from "@/lib/content/transforms/sections";

describe("synthetic articles for the benchmark", () => {
  const root = writeSyntheticContent(24);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const { content, problems } = checkContent(root, { includeDrafts: true });

  it("pass the content check without a single error or warning", () => {
    expect(problems.map((problem) => problem.message)).toEqual([]);
    expect(content.articles).toHaveLength(24);
    expect([...content.pages.keys()].sort()).toEqual(["about", "home"]);
  });

  it("are about 1,500 words in 6 to 8 sections, with lists, citing at least 3 sources", () => {
    for (const article of content.articles) {
      expect(article.wordCount).toBeGreaterThan(1300);
      expect(article.wordCount).toBeLessThan(1700);
      expect(article.sections.length).toBeGreaterThanOrEqual(6);
      expect(article.sections.length).toBeLessThanOrEqual(8);
      expect(article.sections.some((section) => sectionHtml(section).includes("<ul>"))).toBe(true);
      expect(article.references.length).toBeGreaterThanOrEqual(3);
      expect(article.citationCount).toBeGreaterThanOrEqual(3);
    }
  });

  it("cite a registry of a few dozen works, each of them, and list no sources of their own", () => {
    expect(content.registry.size).toBe(syntheticWorkCount(24));
    expect(content.registry.size).toBeGreaterThanOrEqual(24);
    const cited = new Set(
      content.articles.flatMap((article) => article.references.map((reference) => reference.source.id)),
    );
    expect([...content.registry.keys()].filter((id) => !cited.has(id))).toEqual([]);
    // Journal articles and web pages, from YAML files and a CSL-JSON export, with appraised designs.
    const entries = [...content.registry.values()];
    expect(new Set(entries.map((entry) => entry.source.type))).toEqual(new Set(["article-journal", "webpage"]));
    expect(new Set(entries.map((entry) => entry.file.replace(/.*\./, "")))).toEqual(new Set(["yaml", "json"]));
    expect(entries.filter((entry) => entry.source.appraisal).length).toBeGreaterThan(entries.length / 2);
    expect(content.articles.every((article) => !("sources" in article.meta))).toBe(true);
  });

  it("stay valid for a site too small to cite a full registry", () => {
    const small = writeSyntheticContent(3);
    try {
      const { content: few, problems: fewProblems } = checkContent(small, { includeDrafts: true });
      expect(fewProblems.map((problem) => problem.message)).toEqual([]);
      expect(few.registry.size).toBe(syntheticWorkCount(3));
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  }, 60_000);

  it("link to sections of other generated articles and within themselves", () => {
    const article = content.articles.find((candidate) => candidate.slug === syntheticSlug(3))!;
    const targets = article.links.map((link) => link.href);
    expect(targets).toContain(`/articles/${syntheticSlug(4)}#${syntheticSectionIds(4)[0]}`);
    expect(targets).toContain(`#${syntheticSectionIds(3)[0]}`);
    // The ids the generator predicts are the ones the pipeline gives the headings.
    expect(article.sections.map((section) => section.id)).toEqual(syntheticSectionIds(3));
  });

  it("are the same text on every run", () => {
    const again = writeSyntheticContent(24);
    try {
      const { articles: second, registry } = checkContent(again, { includeDrafts: true }).content;
      expect([...registry.values()].map((entry) => entry.source)).toEqual(
        [...content.registry.values()].map((entry) => entry.source),
      );
      expect(second.map((article) => article.sections.map((section) => sectionHtml(section)))).toEqual(
        content.articles.map((article) => article.sections.map((section) => sectionHtml(section))),
      );
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("budgets", () => {
  const budgets: Budget[] = [
    { metric: "build", label: "build", max: 20 },
    { metric: "rps", label: "requests", min: 1760 },
    { metric: "js", label: "js", below: 144 },
    { metric: "gzip", label: "gzip", equals: true },
  ];

  it("marks each figure within or over its limit, and says when one was not measured", () => {
    const lines = compareBudgets({ build: 20, rps: 1759.9, js: 144, gzip: true }, budgets);
    expect(lines.map((line) => [line.budget.metric, line.status])).toEqual([
      ["build", "within"],
      ["rps", "over"],
      ["js", "over"],
      ["gzip", "within"],
    ]);
    expect(compareBudgets({ build: 20.01, rps: 1760, js: 143.9 }, budgets).map((line) => line.status)).toEqual([
      "over",
      "within",
      "within",
      "not measured",
    ]);
    expect(compareBudgets({ gzip: false, build: Number.NaN }, budgets).map((line) => line.status)).toEqual([
      "not measured",
      "not measured",
      "not measured",
      "over",
    ]);
  });

  it("shows the limit as it is written", () => {
    expect(compareBudgets({}, [{ metric: "x", label: "x", max: 20, unit: "s" }])[0]!.limit).toBe("≤ 20 s");
    expect(compareBudgets({}, [{ metric: "x", label: "x", below: 144, unit: "kB" }])[0]!.limit).toBe("< 144 kB");
  });

  it("kept in the repository name metrics the suite measures, each with a limit", () => {
    const budgetsInRepo = readBudgets();
    expect(budgetsInRepo.length).toBeGreaterThan(10);
    for (const budget of budgetsInRepo) {
      expect(budget.metric).toMatch(/^(build|content|weight|headers|load|lighthouse)\./);
      expect([budget.max, budget.min, budget.below, budget.equals].some((limit) => limit !== undefined)).toBe(true);
    }
  });
});

describe("build growth", () => {
  it("is the cost per added article between sizes, and a ratio near 1 when linear", () => {
    const linear = growthSteps([
      { articles: 100, seconds: 10.9 },
      { articles: 10, seconds: 9 },
      { articles: 1000, seconds: 27 },
    ]);
    expect(linear.map((step) => [step.from, step.to, Math.round(step.msPerArticle)])).toEqual([
      [10, 100, 21],
      [100, 1000, 18],
    ]);
    expect(growthRatio(linear)).toBeCloseTo(16_100 / 900 / (1_900 / 90), 5);
  });

  it("is about 10 when each article costs in proportion to the count", () => {
    const quadratic = [10, 100, 1000].map((articles) => ({ articles, seconds: 5 + (articles * articles) / 100_000 }));
    expect(growthRatio(growthSteps(quadratic))).toBeCloseTo(10, 0);
  });

  it("is not given when the earlier step is lost in noise", () => {
    expect(
      growthRatio(
        growthSteps([
          { articles: 10, seconds: 9 },
          { articles: 100, seconds: 8.5 },
          { articles: 1000, seconds: 20 },
        ]),
      ),
    ).toBeUndefined();
    expect(growthRatio(growthSteps([{ articles: 10, seconds: 9 }]))).toBeUndefined();
  });
});

describe("reading a build's output", () => {
  it("times each phase from when its line arrived", () => {
    const lines = [
      { at: 2000, text: "  Creating an optimized production build ..." },
      { at: 6000, text: "  Running TypeScript ..." },
      { at: 9000, text: "  Collecting page data using 2 workers ..." },
      { at: 9500, text: "  Generating static pages using 2 workers (0/20) ..." },
      { at: 12000, text: "  Finalizing page optimization ..." },
      { at: 12500, text: "●  (SSG)     prerendered as static HTML (uses generateStaticParams)" },
    ];
    expect(phasesFromOutput(lines, 14000)).toEqual({
      checks: 2,
      compile: 4,
      typecheck: 3,
      pageData: 0.5,
      staticPages: 2.5,
      finish: 0.5,
      searchIndex: 1.5,
    });
  });
});

describe("a page's assets", () => {
  it("tells render-blocking stylesheets and scripts from async, deferred, print-only and nomodule ones", () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/a.css" data-precedence="next"/>
      <link rel="stylesheet" href="/print.css" media="print"/>
      <link rel="preload" as="script" href="/x.js"/>
      <script src="/x.js" async=""></script>
      <script src="/legacy.js" noModule=""></script>
      <script src="/blocking.js"></script>
      <script type="module" src="/module.js"></script>
      <script>self.__next_f.push([1,"abc"])</script>
      <script type="application/ld+json">{"@type":"Article"}</script>
    </head></html>`;
    const assets = pageAssets(html);
    expect(assets.stylesheets).toEqual(["/a.css", "/print.css"]);
    expect(assets.scripts).toEqual(["/x.js", "/blocking.js", "/module.js"]);
    expect(assets.renderBlocking).toEqual(["/a.css", "/blocking.js"]);
    expect(assets.inlineScriptBytes).toBe('self.__next_f.push([1,"abc"])'.length);
  });
});

describe("Lighthouse over several runs", () => {
  const run = (performance: number) =>
    ({ scores: { performance, accessibility: 100, "best-practices": 100, seo: 100 } }) as LighthouseResult;

  it("keeps the run with the median performance score, whatever order the runs came in", () => {
    expect(medianRun([run(85), run(100), run(99)]).scores.performance).toBe(99);
    expect(medianRun([run(100), run(99), run(85)]).scores.performance).toBe(99);
    expect(medianRun([run(70)]).scores.performance).toBe(70);
  });

  it("takes the lower middle run of an even count, never the best one", () => {
    expect(medianRun([run(100), run(90)]).scores.performance).toBe(90);
  });
});
