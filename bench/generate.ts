// Synthetic articles for the benchmark: valid content (it passes content:check) of
// realistic size and shape, written into a temporary content root with a source registry
// (sources/) of a few dozen synthetic works that the articles cite. The text is filler
// made from a word list; it is for timing only and never goes into content/.
import GithubSlugger from "github-slugger";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TOPIC_IDS } from "../lib/topics";

const WORDS = (
  "skin needle small study week result session clinic trial people group face scar acne redness heal light day " +
  "device depth serum care sun cream dry mild swelling change month care report measure treat area fine line " +
  "collagen layer tissue wound repair doctor nurse patient method review sample effect risk rate chance follow " +
  "early later short long low high better worse clear plain simple common rare usual gentle careful steady slow"
).split(" ");

const SECTIONS_PER_ARTICLE = 7;
const SOURCES_PER_ARTICLE = 4;
/** Works in the registry at most; a small site has fewer, so that every work is cited. */
const REGISTRY_SIZE = 40;

/** Small deterministic generator (mulberry32), so that every run writes the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words = 9 + Math.floor(next() * 8)): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = picked.join(" ");
  return text[0]!.toUpperCase() + text.slice(1) + ".";
}

const paragraph = (next: () => number, sentences: number) =>
  Array.from({ length: sentences }, () => sentence(next)).join(" ");

export const syntheticSlug = (index: number) => `benchmark-article-${String(index).padStart(5, "0")}`;

const sectionTitle = (index: number, section: number) =>
  `Part ${section + 1} of article ${index}: what the ${WORDS[(index + section) % WORDS.length]} shows`;

/** The ids content:check gives this article's ## headings (GitHub-style slugs of the titles). */
export function syntheticSectionIds(index: number): string[] {
  const slugger = new GithubSlugger();
  return Array.from({ length: SECTIONS_PER_ARTICLE }, (_, section) => slugger.slug(sectionTitle(index, section)));
}

/** How many works the registry of a site of `count` articles holds: every one is cited by some article. */
export const syntheticWorkCount = (count: number) => Math.min(REGISTRY_SIZE, count * SOURCES_PER_ARTICLE);

export const syntheticSourceId = (work: number) => `benchmark-source-${String(work + 1).padStart(3, "0")}`;

/**
 * The designs of the works, in turn. Every article's claim cites its first two works, numbers
 * 4k and 4k + 1: a randomised trial and a systematic review, which allow the claim's "moderate".
 */
const DESIGN_CYCLE = ["randomised controlled trial", "systematic review", "cohort", "case series"] as const;

/** The n-th work article `index` cites (0 ≤ n < SOURCES_PER_ARTICLE); with `works` works, every one is cited by some article. */
const citedWork = (index: number, n: number, works: number) => (index * SOURCES_PER_ARTICLE + n) % works;

/** One work of the registry as CSL fields: a journal article with a DOI or a PMID, or now and then a web page. */
export function syntheticWork(work: number): Record<string, unknown> {
  const id = syntheticSourceId(work);
  const year = 2000 + (work % 25);
  const design = DESIGN_CYCLE[work % DESIGN_CYCLE.length]!;
  const title = `Synthetic ${design} number ${work + 1} for the benchmark`;
  // Every eighth work that is not cited by a claim is a web page, the rest journal articles.
  if (work % 8 === 7) {
    return {
      id,
      type: "webpage",
      title,
      author: [{ literal: "Benchmark Society" }],
      "container-title": "Benchmark Society",
      issued: { "date-parts": [[year]] },
      URL: `https://example.org/bench/${work + 1}`,
      accessed: { "date-parts": [[2025, 1, 1]] },
    };
  }
  return {
    id,
    type: "article-journal",
    title,
    author: [
      { family: "Author", given: "Alice" },
      { family: "Writer", given: "Bob" },
    ],
    "container-title": "Journal of Benchmarks",
    "container-title-short": "J Bench",
    issued: { "date-parts": [[year, 1 + (work % 12)]] },
    volume: String(1 + (work % 30)),
    issue: String(1 + (work % 6)),
    page: `${100 + work}-${110 + work}`,
    // Each kind of locator, in turn: a DOI, a PMID, or both.
    ...(work % 3 !== 1 ? { DOI: `10.1000/bench.${work + 1}` } : {}),
    ...(work % 3 !== 0 ? { PMID: String(10_000_000 + work) } : {}),
    appraisal: {
      design,
      ...(design === "systematic review" ? { studies: 5 + (work % 10) } : { analysed: 20 + work }),
      participants: "Synthetic adults with synthetic skin, for the benchmark only.",
      results: "A synthetic result, for timing only.",
    },
  };
}

/** CSL-YAML of one work, as an editor writes it (JSON values are valid YAML). */
const yamlWork = (fields: Record<string, unknown>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join("\n") + "\n";

/** One article file of about 1,500 words: front matter, introduction, seven ## sections. */
export function syntheticArticle(index: number, count: number): string {
  const next = random(index + 1);
  const topic = TOPIC_IDS[index % TOPIC_IDS.length]!;
  const published = new Date(Date.UTC(2024, 0, 1 + (index % 700))).toISOString().slice(0, 10);
  const linked = [(index + 1) % count, (index + 7) % count];
  const ownIds = syntheticSectionIds(index);
  const works = syntheticWorkCount(count);
  const sourceId = (n: number) => syntheticSourceId(citedWork(index, n % SOURCES_PER_ARTICLE, works));
  const cite = (n: number) => `[@${sourceId(n)}]`;

  const sections = ownIds.map((_, section) => {
    const other = linked[section % linked.length]!;
    const otherId = syntheticSectionIds(other)[section]!;
    const sub = section % 2 === 0 ? `\n### Detail ${section + 1}\n\n${paragraph(next, 3)}\n` : "";
    return [
      `## ${sectionTitle(index, section)}`,
      "",
      `${paragraph(next, 6)} ${cite(section)}`,
      "",
      ...Array.from({ length: 4 }, () => `- ${sentence(next, 8)}`),
      "",
      `${paragraph(next, 5)} See [a related part](/articles/${syntheticSlug(other)}#${otherId}), the [${topic} topic](/topics/${topic}) and [the first part](#${ownIds[0]}) ${cite(section + 1)}.`,
      sub,
    ].join("\n");
  });

  return `---
title: "Benchmark article ${index}: notes on ${topic.replaceAll("-", " ")}"
description: "Synthetic filler article ${index} written by the benchmark generator to measure build time, page weight and server speed."
topic: ${topic}
published: ${published}
summary:
  - "${sentence(next, 8)}"
  - "${sentence(next, 8)}"
  - "${sentence(next, 8)}"
tags: [benchmark, ${topic}]
claims:
  - claim: "Synthetic claim ${index}"
    grade: moderate
    reason: "${sentence(next, 8)}"
    sources: [${sourceId(0)}, ${sourceId(1)}]
---

${paragraph(next, 6)} ${cite(0)}

${sections.join("\n")}
`;
}

const page = (title: string, description: string, body: string) =>
  `---\ntitle: "${title}"\ndescription: "${description}"\nupdated: 2025-01-01\n---\n\n${body}\n`;

/**
 * Writes the registry: one CSL-YAML file per work, as editors write them, except every fifth
 * work, which goes into one CSL-JSON list as a Zotero "CSL JSON" export would hold them.
 */
function writeRegistry(root: string, works: number) {
  mkdirSync(join(root, "sources"), { recursive: true });
  const exported: Record<string, unknown>[] = [];
  for (let work = 0; work < works; work++) {
    const fields = syntheticWork(work);
    if (work % 5 === 4) exported.push(fields);
    else writeFileSync(join(root, "sources", `${syntheticSourceId(work)}.yaml`), yamlWork(fields));
  }
  if (exported.length > 0)
    writeFileSync(join(root, "sources", "zotero-export.json"), JSON.stringify(exported, null, 2) + "\n");
}

/** Writes `count` articles (and the home and about pages, and the registry they cite) into a new temporary content root. */
export function writeSyntheticContent(count: number, root = mkdtempSync(join(tmpdir(), "bench-content-"))): string {
  mkdirSync(join(root, "articles"), { recursive: true });
  mkdirSync(join(root, "pages"), { recursive: true });
  writeRegistry(root, syntheticWorkCount(count));
  for (let index = 0; index < count; index++)
    writeFileSync(join(root, "articles", `${syntheticSlug(index)}.md`), syntheticArticle(index, count));
  const next = random(0);
  const description = "Synthetic page written by the benchmark generator; filler text for measuring the site only.";
  writeFileSync(join(root, "pages", "home.md"), page("Benchmark home page", description, paragraph(next, 5)));
  writeFileSync(
    join(root, "pages", "about.md"),
    page("Benchmark about page", description, `${paragraph(next, 4)}\n\n## How this was made\n\n${paragraph(next, 4)}`),
  );
  return root;
}
