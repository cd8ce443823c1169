// One article with everything the sharing features read: an updated date, a review, tags,
// three kinds of source (from the fixtures' registry), and a title with characters that must be escaped in XML and HTML.
import type { Article } from "@/lib/content/article";
import { parseTestArticle as parseArticle } from "./fixtures";

export const SITE = new URL("https://guide.example");

const SOURCE = `---
title: "Scars & needles: what a <trial> found"
description: "A fixture for the sharing tests: metadata, structured data and the feed, with characters to escape."
topic: science
published: 2026-01-15
updated: 2026-03-02
tags: [acne-scars, trials]
reviewed:
  on: 2026-03-01
  by: "A. Reviewer, MD"
---

Scores improved [@alam-2014].

## What was found

More on the trial [@dermnet-needling] and another [@pubmed-only].
`;

export function seoArticle(): Article {
  const { article, problems } = parseArticle(SOURCE, "content/articles/scars-and-needles.md");
  if (!article) throw new Error(problems.map(String).join("\n"));
  return article;
}

/** The same article with no clinical review, as most articles are. */
export function unreviewedArticle(): Article {
  const article = seoArticle();
  return { ...article, meta: { ...article.meta, reviewed: undefined } };
}
