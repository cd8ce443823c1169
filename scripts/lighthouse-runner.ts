// Lighthouse (mobile: its default simulated throttling) in the system's Chromium, for
// `npm run lighthouse` and the bench: one runner, one Chromium path (CHROMIUM_PATH).
import * as chromeLauncher from "chrome-launcher";
import { existsSync } from "node:fs";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LostPoints {
  title: string;
  value: string;
  weight: number;
}

export interface LighthouseResult {
  scores: Record<Category, number>;
  /** Audits that cost each category points, biggest loss first. */
  lost: Record<Category, LostPoints[]>;
  lcpMs: number;
  fcpMs: number;
  cls: number;
  tbtMs: number;
  /** URLs Lighthouse names as render-blocking. */
  renderBlocking: string[];
  warnings: string[];
}

export const canRunLighthouse = () => existsSync(chromiumPath());

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function lostPoints(lhr: Lhr, category: Category): LostPoints[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => ({
      title: audit!.title,
      value: audit!.displayValue ?? `score ${audit!.score}`,
      weight: ref.weight,
      loss: ref.weight * (1 - (audit!.score ?? 0)),
    }))
    .sort((a, b) => b.loss - a.loss)
    .map(({ title, value, weight }) => ({ title, value, weight }));
}

/**
 * Runs Lighthouse on each URL in one Chromium, one after another, `runs` times, and keeps for each
 * URL the run with the median performance score: one run varies by several points on a shared
 * machine, and Lighthouse's own guidance is to take the median of several.
 */
export async function runLighthouse(urls: readonly string[], { runs = 1 } = {}): Promise<LighthouseResult[]> {
  const rounds: LighthouseResult[][] = [];
  for (let round = 0; round < runs; round++) rounds.push(await runOnce(urls));
  return urls.map((_, index) => medianRun(rounds.map((results) => results[index]!)));
}

/** The run with the median performance score (the lower middle one for an even count). */
export function medianRun(results: readonly LighthouseResult[]): LighthouseResult {
  const sorted = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function runOnce(urls: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const blocking = lhr.audits["render-blocking-insight"] ?? lhr.audits["render-blocking-resources"];
      const items = ((blocking?.details as { items?: { url?: string }[] } | undefined)?.items ?? [])
        .map((item) => item.url ?? "")
        .filter(Boolean);
      results.push({
        scores: Object.fromEntries(
          CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
        ) as Record<Category, number>,
        lost: Object.fromEntries(CATEGORIES.map((id) => [id, lostPoints(lhr, id)])) as Record<Category, LostPoints[]>,
        lcpMs: value("largest-contentful-paint"),
        fcpMs: value("first-contentful-paint"),
        cls: value("cumulative-layout-shift"),
        tbtMs: value("total-blocking-time"),
        renderBlocking: items,
        warnings: lhr.runWarnings.map(String),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
