// Lighthouse (mobile, its default simulated throttling) against one page, in the
// system's Chromium, through the CLI that the lighthouse dev dependency installs.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

export interface LighthouseResult {
  performance: number;
  lcpMs: number;
  fcpMs: number;
  cls: number;
  tbtMs: number;
  /** URLs Lighthouse names as render-blocking. */
  renderBlocking: string[];
}

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const canRunLighthouse = () => existsSync(chromiumPath());

interface Report {
  categories: { performance: { score: number } };
  audits: Record<string, { numericValue?: number; details?: { items?: { url?: string }[] } }>;
}

function run(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [url, "--quiet", "--output=json", "--output-path=stdout", "--only-categories=performance", "--chrome-flags=--headless=new --no-sandbox --disable-gpu"];
    const child = spawn("node_modules/.bin/lighthouse", args, { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk));
    child.on("error", reject);
    child.on("close", (status) => (status === 0 ? resolve(out) : reject(new Error(`lighthouse exited with ${status}: ${err.slice(-500)}`))));
  });
}

export async function lighthouse(url: string): Promise<LighthouseResult> {
  const report = JSON.parse(await run(url)) as Report;
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const blocking = report.audits["render-blocking-insight"] ?? report.audits["render-blocking-resources"];
  return {
    performance: Math.round(report.categories.performance.score * 100),
    lcpMs: value("largest-contentful-paint"),
    fcpMs: value("first-contentful-paint"),
    cls: value("cumulative-layout-shift"),
    tbtMs: value("total-blocking-time"),
    renderBlocking: (blocking?.details?.items ?? []).map((item) => item.url ?? "").filter(Boolean),
  };
}
