// One article for the AI copies' tests: a summary, a citation in the introduction, several in one
// marker, an explicit heading id, links within the site, an image, raw HTML and a claims table.
import type { Article } from "@/lib/content/article";
import type { SiteInfo } from "@/lib/content/ai-copies";
import { readFrontMatter } from "@/lib/content/front-matter";
import { parseTestArticle } from "./fixtures";

export const AI_SITE: SiteInfo = {
  name: "Microneedling, explained",
  description: "An evidence-first guide to microneedling.",
  url: new URL("https://guide.example"),
  notice: { lead: "Information, not medical advice.", text: "Talk to a doctor before you decide." },
};

export const AI_SOURCE = `---
title: "Scars & needles: what [one] trial found"
description: "A fixture for the AI copies: citations, links, an image, raw HTML and a claims table."
topic: science
published: 2026-01-15
updated: 2026-03-02
summary:
  - "Needling helped acne scars in one small trial."
claims:
  - claim: "Improves acne scars"
    grade: moderate
    reason: "One split-face trial and a review agree."
    sources: [alam-2014, harris-2015]
---

Scores improved [@alam-2014]. <b>Raw</b> HTML is dropped.

## What was found {#found}

A review agreed [@harris-2015; @alam-2014], and DermNet explains it [@dermnet-needling].
See [the aftercare guide](/articles/aftercare#first-day) and [below](#found).

![A roller](/images/roller.png)

### Small print

- *Short* follow-up
- \`code [@alam-2014]\` stays as written
`;

export function aiArticle(): { article: Article; body: string } {
  const { article, problems } = parseTestArticle(AI_SOURCE, "content/articles/scars-and-needles.md");
  if (!article) throw new Error(problems.map(String).join("\n"));
  const front = readFrontMatter(AI_SOURCE, "x.md");
  if (!("body" in front)) throw front;
  return { article, body: front.body };
}
