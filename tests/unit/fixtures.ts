// Builders for inline Markdown fixtures, and the small source registry they cite.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, type ParseOptions } from "@/lib/content/article";
import { loadRegistry } from "@/lib/content/load";
import { parseSourceFile, toRegistry, type Registry } from "@/lib/content/sources/registry";

/** Registry files as an editor writes them (content/sources/<id>.yaml). */
export const REGISTRY_FILES: Record<string, string> = {
  "alam-2014.yaml": `id: alam-2014
type: article-journal
title: "Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial"
author:
  - family: Alam
    given: Murad
  - family: Han
    given: Sandra
container-title: JAMA Dermatology
container-title-short: JAMA Dermatol
issued:
  date-parts: [[2014, 8]]
volume: "150"
issue: "8"
page: "844-849"
DOI: 10.1001/jamadermatol.2013.8687
PMID: "24919799"
URL: https://jamanetwork.com/journals/jamadermatology/fullarticle/1788331
appraisal:
  design: split-face randomised trial
  analysed: 15
`,
  "harris-2015.yaml": `id: harris-2015
type: article-journal
title: "Skin needling as a treatment for acne scarring: An up-to-date review of the literature"
author:
  - family: Harris
    given: Alexandra G.
container-title: International Journal of Women's Dermatology
issued:
  date-parts: [[2015]]
DOI: 10.1016/j.ijwd.2015.03.011
appraisal:
  design: systematic review
`,
  "pubmed-only.yaml": `id: pubmed-only
type: article-journal
title: "A trial found by its PubMed id"
author:
  - family: Author
    given: A.
container-title: Journal of Examples
issued:
  date-parts: [[2020]]
PMID: "12345678"
appraisal:
  design: randomised controlled trial
`,
  "dermnet-needling.yaml": `id: dermnet-needling
type: webpage
title: "Needling"
container-title: DermNet
issued:
  date-parts: [[2018]]
URL: https://dermnetnz.org/topics/needling
accessed:
  date-parts: [[2026, 12, 1]]
`,
  "case-series-2010.yaml": `id: case-series-2010
type: article-journal
title: "A case series"
author:
  - family: Case
    given: A.
container-title: Journal of Examples
issued:
  date-parts: [[2010]]
PMID: "1000"
appraisal:
  design: case series
`,
};

/** The fixtures' registry, parsed as the loader parses content/sources/. */
export function testRegistry() {
  const entries = Object.entries(REGISTRY_FILES).flatMap(
    ([name, text]) => parseSourceFile(text, `content/sources/${name}`).entries,
  );
  return toRegistry(entries);
}

/** Writes registry files of the fixtures into `<root>/sources/` (only those named: an uncited entry is a warning). */
export function writeRegistry(root: string, ids: readonly string[] = ["alam-2014"]): void {
  mkdirSync(join(root, "sources"), { recursive: true });
  for (const id of ids) writeFileSync(join(root, "sources", `${id}.yaml`), REGISTRY_FILES[`${id}.yaml`]!);
}

/** The real site's registry (content/sources/) with the fixtures' entries over it, so tests can parse real articles too. */
let registry: Registry | undefined;
function fixtureRegistry(): Registry {
  registry ??= new Map([...loadRegistry("content").registry, ...testRegistry()]);
  return registry;
}

/** parseArticle with the fixtures' registry (and any other options). */
export function parseTestArticle(source: string, file: string, options: ParseOptions = {}) {
  return parseArticle(source, file, { registry: fixtureRegistry(), ...options });
}

export const GOOD_META = {
  title: "A title of fair length",
  description: "A description long enough to pass the rule of fifty to one hundred and sixty characters.",
  topic: "science",
  published: "2026-01-15",
};

/** A complete article file; override front-matter lines by passing them as text. */
export function articleSource({ front, body }: { front?: string; body?: string } = {}): string {
  return `---
title: "${GOOD_META.title}"
description: "${GOOD_META.description}"
topic: ${GOOD_META.topic}
published: ${GOOD_META.published}
${front ?? ""}---

${body ?? "Text that cites the trial [@alam-2014].\n\n## First part\n\nMore text."}
`;
}
