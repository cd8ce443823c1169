// One thread of parse-in-parallel.ts: parses its share of the files and sends back the
// cache entries (structured clone keeps the dates in the front matter).
import { parentPort, workerData } from "node:worker_threads";
import type { GlossaryTerm } from "../lib/content/glossary";
import type { Registry } from "../lib/content/sources/registry";
import { articleContext, parseContentFile } from "../lib/content/load";
import { ParseCache } from "../lib/content/parse-cache";
import type { ParseJob } from "./parse-in-parallel";

const { jobs, version, terms, registry } = workerData as {
  jobs: ParseJob[];
  version: string;
  terms: GlossaryTerm[] | undefined;
  registry: Registry;
};
const context = articleContext(terms, registry);
const cache = new ParseCache(undefined, version);
for (const job of jobs) {
  if (job.kind === "article") parseContentFile("article", job.path, cache, context);
  else parseContentFile("page", job.path, cache);
}
parentPort!.postMessage(cache.entries());
