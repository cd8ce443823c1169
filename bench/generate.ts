// Synthetic articles for the benchmark: valid content (it passes content:check) of
// realistic size and shape, written into a temporary content root. The text is filler
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

const paragraph = (next: () => number, sentences: number) => Array.from({ length: sentences }, () => sentence(next)).join(" ");

export const syntheticSlug = (index: number) => `benchmark-article-${String(index).padStart(5, "0")}`;

const sectionTitle = (index: number, section: number) => `Part ${section + 1} of article ${index}: what the ${WORDS[(index + section) % WORDS.length]} shows`;

/** The ids content:check gives this article's ## headings (GitHub-style slugs of the titles). */
export function syntheticSectionIds(index: number): string[] {
  const slugger = new GithubSlugger();
  return Array.from({ length: SECTIONS_PER_ARTICLE }, (_, section) => slugger.slug(sectionTitle(index, section)));
}

const sourceId = (n: number) => `source-${n + 1}`;

function sourcesYaml(index: number): string {
  return Array.from({ length: SOURCES_PER_ARTICLE }, (_, n) => {
    // Each kind of locator the schema accepts, in turn.
    const locator = [`doi: "10.1000/bench.${index}.${n}"`, `pmid: "${10_000_000 + index * 10 + n}"`, `url: "https://example.org/bench/${index}/${n}"`][n % 3];
    return `  - id: ${sourceId(n)}\n    title: "Synthetic source ${n + 1} for benchmark article ${index}"\n    authors: "Author A, Author B"\n    journal: "Journal of Benchmarks"\n    year: ${2000 + ((index + n) % 25)}\n    ${locator}`;
  }).join("\n");
}

/** One article file of about 1,500 words: front matter, introduction, seven ## sections. */
export function syntheticArticle(index: number, count: number): string {
  const next = random(index + 1);
  const topic = TOPIC_IDS[index % TOPIC_IDS.length]!;
  const published = new Date(Date.UTC(2024, 0, 1 + (index % 700))).toISOString().slice(0, 10);
  const linked = [(index + 1) % count, (index + 7) % count];
  const ownIds = syntheticSectionIds(index);
  const cite = (n: number) => `[@${sourceId(n % SOURCES_PER_ARTICLE)}]`;

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
sources:
${sourcesYaml(index)}
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

const page = (title: string, description: string, body: string) => `---\ntitle: "${title}"\ndescription: "${description}"\nupdated: 2025-01-01\n---\n\n${body}\n`;

/** Writes `count` articles (and the home and about pages) into a new temporary content root. */
export function writeSyntheticContent(count: number, root = mkdtempSync(join(tmpdir(), "bench-content-"))): string {
  mkdirSync(join(root, "articles"), { recursive: true });
  mkdirSync(join(root, "pages"), { recursive: true });
  for (let index = 0; index < count; index++) writeFileSync(join(root, "articles", `${syntheticSlug(index)}.md`), syntheticArticle(index, count));
  const next = random(0);
  const description = "Synthetic page written by the benchmark generator; filler text for measuring the site only.";
  writeFileSync(join(root, "pages", "home.md"), page("Benchmark home page", description, paragraph(next, 5)));
  writeFileSync(join(root, "pages", "about.md"), page("Benchmark about page", description, `${paragraph(next, 4)}\n\n## How this was made\n\n${paragraph(next, 4)}`));
  return root;
}
