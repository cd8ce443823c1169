// One article with everything the sharing features read: an updated date, a review, tags,
// three kinds of source, and a title with characters that must be escaped in XML and HTML.
import { parseArticle, type Article } from "@/lib/content/article";

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
sources:
  - id: alam-2014
    title: "Split-face randomized trial of microneedling for acne scars"
    authors: "Alam M, Han S"
    journal: "JAMA Dermatology"
    year: 2014
    doi: "10.1001/jamadermatol.2013.8687"
    url: "https://jamanetwork.com/journals/jamadermatology/fullarticle/1788331"
  - id: pubmed-only
    title: "A trial found by its PubMed id"
    year: 2020
    pmid: "12345678"
  - id: dermnet-needling
    title: "Needling"
    year: 2018
    url: "https://dermnetnz.org/topics/needling"
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
