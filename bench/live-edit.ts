// An editor's loop in `next dev` (issue 19): how long from saving an article's Markdown until
// the open page shows the change by itself, and how long the first page takes after starting
// the dev server. Runs on a scratch copy of the content, in its own dist folder (started fresh,
// so the first page includes compiling it). Prints figures; timing is never a test's assertion.
//
//   npm run bench:live                 (on its own: npm run bench does not start next dev)
//   npm run bench:live -- --edits 9
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { articlesDir, checkContent, contentRoot } from "../lib/content/load";
import { CONTENT_CHANGES_PATH } from "../lib/live-reload";
import { launchChromium } from "../scripts/chromium";
import { startDevServer } from "../scripts/dev-server";
import { fixed, formatTable } from "./table";

export interface LiveEditResult {
  article: string;
  /** From starting `next dev` until the article's heading shows in Chromium. */
  firstPageSeconds: number;
  /** Each save until its new text shows in the open page, in order. */
  saveToVisibleMs: number[];
  medianMs: number;
  /** Medians of the parts: save until the page asks the server again (the watcher and the event), and that request until its answer has arrived (the server's render). */
  medianToRequestMs: number;
  medianServerMs: number;
  /** Whether the page was refreshed in place every time (a marker set on `window` survived). */
  inPlace: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A paragraph of the article's body whose text is the last line: the one the edits rewrite. */
function lastParagraph(text: string): string {
  const paragraph = text
    .trimEnd()
    .split("\n")
    .reverse()
    .find((line) => /^[A-Z]/.test(line));
  if (!paragraph) throw new Error("the article has no plain paragraph to edit");
  return paragraph;
}

export async function benchLiveEdit({ edits = 7 }: { edits?: number } = {}): Promise<LiveEditResult> {
  const copy = mkdtempSync(join(tmpdir(), "bench-live-"));
  cpSync(contentRoot(), copy, { recursive: true });
  const slug = checkContent(copy, { includeDrafts: false }).content.articles[0]?.slug;
  if (!slug) throw new Error(`no published article in ${articlesDir(copy)}`);
  const file = join(articlesDir(copy), `${slug}.md`);
  const original = readFileSync(file, "utf8");
  const paragraph = lastParagraph(original);

  const started = performance.now();
  const server = await startDevServer(copy, ".next-bench-live");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Saves are timed once the page listens for them (its event stream answered).
    const listening = page.waitForResponse((response) => new URL(response.url()).pathname === CONTENT_CHANGES_PATH, {
      timeout: 300_000,
    });
    await page.goto(`${server.baseUrl}/articles/${slug}`, { timeout: 300_000 });
    await page.locator("h1").first().waitFor({ timeout: 300_000 });
    const firstPageSeconds = (performance.now() - started) / 1000;
    await listening;
    // Let the page's own first work (Next's dev tools) settle, as an editor reading would.
    await page.waitForTimeout(2000);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const saveToVisibleMs: number[] = [];
    const toRequestMs: number[] = [];
    const serverMs: number[] = [];
    // The refresh: a request for the page's server components (?_rsc=), and its answer.
    let requested: number | undefined;
    let answered: number | undefined;
    const isRefresh = (url: string) => new URL(url).searchParams.has("_rsc");
    page.on("request", (request) => {
      if (isRefresh(request.url())) requested ??= performance.now();
    });
    page.on("requestfinished", (request) => {
      if (isRefresh(request.url())) answered ??= performance.now();
    });
    for (let edit = 1; edit <= edits; edit++) {
      requested = answered = undefined;
      const marker = `Edited while the page was open, save ${edit} ${Date.now()}.`;
      const saved = performance.now();
      writeFileSync(file, original.replace(paragraph, `${paragraph} ${marker}`));
      await page.waitForFunction((text) => document.body.innerText.includes(text), marker, {
        polling: "raf",
        timeout: 60_000,
      });
      saveToVisibleMs.push(performance.now() - saved);
      if (requested !== undefined) toRequestMs.push(requested - saved);
      if (requested !== undefined && answered !== undefined) serverMs.push(answered - requested);
      await page.waitForTimeout(500); // an editor does not save twenty times a second
    }
    const inPlace = await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
    return {
      article: slug,
      firstPageSeconds,
      saveToVisibleMs,
      medianMs: median(saveToVisibleMs),
      medianToRequestMs: median(toRequestMs),
      medianServerMs: median(serverMs),
      inPlace,
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
}

export function liveEditTable(result: LiveEditResult): string {
  return formatTable(
    [
      "article",
      "first page s (fresh dist folder)",
      "save → visible ms, median",
      "save → refresh asked ms",
      "refresh request → whole answer ms",
      "each save ms",
      "refreshed in place",
    ],
    [
      [
        result.article,
        fixed(result.firstPageSeconds),
        fixed(result.medianMs, 0),
        fixed(result.medianToRequestMs, 0),
        fixed(result.medianServerMs, 0),
        result.saveToVisibleMs.map((ms) => fixed(ms, 0)).join(" "),
        result.inPlace ? "yes" : "no (reloaded)",
      ],
    ],
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { edits: { type: "string", default: "7" } } });
  const result = await benchLiveEdit({ edits: Number(values.edits) });
  console.log("\nLive editing in next dev (Chromium; the machine's other work makes these noisy)");
  console.log(liveEditTable(result));
  process.exit(0);
}
