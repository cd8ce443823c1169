// Before a build, parses the content files on every core at once and hands the results
// to the parse cache, so that the content check and the build's workers only read them.
// Markdown parsing is most of a build's per-article cost; one core would do it alone.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readContentFile } from "../lib/content/input-guards";
import {
  articleContext,
  contentFiles,
  displayPath,
  loadGlossary,
  loadRegistry,
  type FileKind,
} from "../lib/content/load";
import type { Entry, ParseCache } from "../lib/content/parse-cache";

/** Below this many files, starting the threads costs more than it saves. */
const MIN_FILES = 60;
/**
 * Parsing makes many short-lived objects. With the default young generation the threads spend
 * much of their time collecting them: 128 MB took 1,000 articles from 7.8 s to 5.9 s here.
 */
const YOUNG_GENERATION_MB = 128;

export interface ParseJob {
  kind: FileKind;
  path: string;
}

export async function parseInParallel(
  root: string,
  cache: ParseCache,
  threads = availableParallelism(),
): Promise<number> {
  // Articles are parsed with the glossary's terms and the registry; broken ones are the content check's to report.
  const terms = loadGlossary(root).glossary?.terms;
  const { registry } = loadRegistry(root);
  const articles = articleContext(terms, registry);
  const context = (job: ParseJob) => (job.kind === "article" ? articles.key : "");
  // A file that cannot be read is left to the content check, which reports it.
  const jobs: ParseJob[] = contentFiles(root).filter((job) => {
    const { source } = readContentFile(job.path, displayPath(job.path));
    return source !== undefined && !cache.has(displayPath(job.path), source, context(job));
  });
  if (threads < 2 || jobs.length < MIN_FILES) return 1;
  const shares = Array.from({ length: threads }, (_, thread) => jobs.filter((_, index) => index % threads === thread));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Map<string, Entry<unknown>>>((resolve, reject) => {
          const worker = new Worker(new URL("./parse-worker.mjs", import.meta.url), {
            workerData: { jobs: share, version: cache.version, terms, registry },
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
          });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`a parse thread exited with ${code}`)));
        }),
    ),
  );
  for (const entries of results) cache.add(entries);
  return threads;
}
