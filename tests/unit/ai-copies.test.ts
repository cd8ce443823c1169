// The copies for AI assistants (/llms.txt and /articles/<slug>.md), to the character.
import { describe, expect, it } from "vitest";
import { articleMarkdown, llmsTxt } from "@/lib/content/ai-copies";
import { AI_SITE, aiArticle } from "./ai-copies.fixture";
import { testRegistry } from "./fixtures";

const ARTICLE_MD = `# Scars & needles: what [one] trial found

> A fixture for the AI copies: citations, links, an image, raw HTML and a claims table.

Microneedling, explained: https://guide.example/articles/scars-and-needles  
Published 2026-01-15, updated 2026-03-02. Not clinically reviewed; written from the published research cited below.

**Information, not medical advice.** Talk to a doctor before you decide.

## At a glance

- Needling helped acne scars in one small trial.

Scores improved [1]. Raw HTML is dropped.

## What was found

A review agreed [1, 2], and DermNet explains it [3].
See [the aftercare guide](https://guide.example/articles/aftercare#first-day) and [below](https://guide.example/articles/scars-and-needles#found).

![A roller](https://guide.example/images/roller.png)

### Small print

- _Short_ follow-up
- \`code [@alam-2014]\` stays as written

## How strong the evidence is

- Improves acne scars: **Moderate**. One split-face trial and a review agree. [1, 2]

## References

1. Alam M, Han S. Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial. JAMA Dermatol. 2014 Aug;150(8):844–9. doi:10.1001/jamadermatol.2013.8687 PubMed PMID: 24919799. DOI: <https://doi.org/10.1001/jamadermatol.2013.8687> · PubMed: <https://pubmed.ncbi.nlm.nih.gov/24919799/> · What the study found: <https://guide.example/studies/alam-2014>
2. Harris AG. Skin needling as a treatment for acne scarring: An up-to-date review of the literature. International Journal of Women’s Dermatology. 2015. doi:10.1016/j.ijwd.2015.03.011 DOI: <https://doi.org/10.1016/j.ijwd.2015.03.011> · What the study found: <https://guide.example/studies/harris-2015>
3. DermNet [Internet]. 2018 [cited 2026 Dec 1]. Needling. Available from: https://dermnetnz.org/topics/needling About this source: <https://guide.example/studies/dermnet-needling>
`;

const LLMS_TXT = `# Microneedling, explained

> An evidence-first guide to microneedling.

**Information, not medical advice.** Talk to a doctor before you decide.

Each article below links to its Markdown copy; the page itself is the same address without ".md". In a copy, a number in square brackets such as [3] cites entry 3 of the article's reference list at its end. Every cited work has a study page saying what kind of study it is, who took part and what it found. Each claim in an article's evidence list is graded strong, moderate, limited or not shown by the rules at https://guide.example/studies#grading.

## The science

- [Scars & needles: what \\[one\\] trial found](https://guide.example/articles/scars-and-needles.md): A fixture for the AI copies: citations, links, an image, raw HTML and a claims table.

## Aftercare

- [Aftercare in the first days](https://guide.example/articles/second.md): What to do after a session, day by day.

## Evidence base

- [Every study the guide cites](https://guide.example/studies): grouped by design and by topic, with the grading method
- [Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial](https://guide.example/studies/alam-2014): split-face randomised trial, Alam 2014, JAMA Dermatology
- [Needling](https://guide.example/studies/dermnet-needling): web page, DermNet 2018

## Optional

- [About this guide](https://guide.example/about): how the guide is written, sourced, graded and checked, and how to report a mistake
- [Glossary](https://guide.example/glossary): plain-English definitions of the terms the articles use
`;

describe("an article's Markdown copy", () => {
  it("resolves every citation to the numbered reference list, makes site links absolute and carries the notice", () => {
    const { article, body } = aiArticle();
    expect(articleMarkdown(article, body, AI_SITE)).toBe(ARTICLE_MD);
  });

  it("numbers citations as the page does", () => {
    const { article } = aiArticle();
    expect(article.references.map(({ number, source }) => `${number} ${source.id}`)).toEqual([
      "1 alam-2014",
      "2 harris-2015",
      "3 dermnet-needling",
    ]);
  });

  it("says who reviewed it when a clinician did", () => {
    const { article, body } = aiArticle();
    const reviewed = {
      ...article,
      meta: { ...article.meta, reviewed: { on: new Date("2026-03-01"), by: "A. Reviewer, MD" } },
    };
    expect(articleMarkdown(reviewed, body, AI_SITE)).toContain(
      "Published 2026-01-15, updated 2026-03-02. Clinically reviewed by A. Reviewer, MD on 2026-03-01.\n",
    );
  });
});

describe("the review line of a Markdown copy", () => {
  it("never calls the site's own dated review clinical", () => {
    const { article, body } = aiArticle();
    const reviewed = {
      ...article,
      meta: { ...article.meta, reviewed: { on: new Date("2026-03-01") }, nextReview: new Date("2027-03-01") },
    };
    expect(articleMarkdown(reviewed, body, AI_SITE)).toContain(
      "Published 2026-01-15, updated 2026-03-02. Not clinically reviewed; written from the published research cited below. Last reviewed by the site 2026-03-01, next review due 2027-03-01.\n",
    );
  });
});

describe("/llms.txt", () => {
  it("has the name, summary, notice, every article by topic, every study page, and About", () => {
    const { article } = aiArticle();
    const second = {
      ...article,
      slug: "second",
      meta: {
        ...article.meta,
        topic: "aftercare" as const,
        title: "Aftercare in the first days",
        description: "What to do after a session, day by day.",
      },
    };
    const sources = [...testRegistry().values()]
      .map((entry) => entry.source)
      .filter((source) => ["alam-2014", "dermnet-needling"].includes(source.id));
    expect(llmsTxt({ articles: [article, second], sources, hasAbout: true }, AI_SITE)).toBe(LLMS_TXT);
  });

  it("leaves out About when the site has none, and a topic with no article", () => {
    const { article } = aiArticle();
    const text = llmsTxt({ articles: [article], sources: [], hasAbout: false }, AI_SITE);
    expect(text).not.toContain("/about");
    expect(text).not.toContain("## Aftercare");
    expect(text).not.toContain("## Evidence base");
    expect(
      text.endsWith(
        "## Optional\n\n- [Glossary](https://guide.example/glossary): plain-English definitions of the terms the articles use\n",
      ),
    ).toBe(true);
  });
});
