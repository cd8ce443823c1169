// One thread of parse-in-parallel.ts: parses its share of the files and sends back the
// cache entries (structured clone keeps the dates in the front matter).
import { parentPort, workerData } from "node:worker_threads";
import type { GlossaryTerm } from "../lib/content/glossary";
import { parseContentFile } from "../lib/content/load";
import { ParseCache } from "../lib/content/parse-cache";
import type { ParseJob } from "./parse-in-parallel";

const { jobs, version, terms } = workerData as { jobs: ParseJob[]; version: string; terms: GlossaryTerm[] | undefined };
const cache = new ParseCache(undefined, version);
for (const job of jobs) {
  if (job.kind === "article") parseContentFile("article", job.path, cache, terms);
  else parseContentFile("page", job.path, cache);
}
parentPort!.postMessage(cache.entries());
