import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/article";
import { sortProblems } from "@/lib/content/errors";
import { TOPIC_IDS } from "@/lib/topics";
import { articleSource } from "./fixtures";

const FILE = "content/articles/x.md";
const messages = (source: string) => sortProblems(parseArticle(source, FILE).problems).map((problem) => problem.message);

describe("parseArticle: the typed article", () => {
  it("turns a good file into an article with sections, references and counts", () => {
    const result = parseArticle(
      articleSource({
        front: "summary:\n  - \"A short point for the box.\"\n",
        body: "Intro [@alam-2014].\n\n## How it works\n\nHealing [@alam-2014].\n\n### In detail\n\nMore.\n\n## Results\n\nBetter.",
      }),
      FILE,
    );
    expect(result.problems).toEqual([]);
    const article = result.article!;
    expect(article.slug).toBe("x");
    expect(article.meta.published).toEqual(new Date("2026-01-15"));
    expect(article.meta.summary).toEqual(["A short point for the box."]);
    expect(article.sections.map((s) => [s.id, s.title])).toEqual([
      ["how-it-works", "How it works"],
      ["results", "Results"],
    ]);
    expect(article.sections[0]!.headings).toEqual([{ id: "in-detail", title: "In detail" }]);
    expect(article.sections[0]!.html).toContain('<h3 id="in-detail">In detail</h3>');
    expect(article.sections[0]!.text).toBe("Healing.\nIn detail\nMore.");
    expect(article.intro?.html).toBe('<p>Intro <sup class="citations">[<a href="#ref-alam-2014" class="citation"><span class="visually-hidden">Reference </span>1</a>]</sup>.</p>');
    expect(article.references).toEqual([{ number: 1, cited: true, source: expect.objectContaining({ id: "alam-2014" }) }]);
    expect(article.citationCount).toBe(2);
    expect(article.wordCount).toBe(4); // prose only: headings are not counted
    expect(article.readingMinutes).toBe(1);
  });

  it("numbers citations by first use and lists uncited sources after them, with a warning", () => {
    const source = `---
title: "A title of fair length"
description: "A description long enough to pass the rule of fifty to one hundred and sixty characters."
topic: science
published: 2026-01-15
sources:
  - { id: first, title: "Source one", year: 2001, url: "https://example.org/1" }
  - { id: second, title: "Source two", year: 2002, url: "https://example.org/2" }
  - { id: unused, title: "Source three", year: 2003, url: "https://example.org/3" }
---

Second is cited first [@second], then both [@first; @second], then [@first][@second].
`;
    const { article, problems } = parseArticle(source, FILE);
    expect(article!.references.map((r) => [r.number, r.source.id, r.cited])).toEqual([
      [1, "second", true],
      [2, "first", true],
      [3, "unused", false],
    ]);
    expect(article!.intro!.html).toContain('[<a href="#ref-second" class="citation"><span class="visually-hidden">Reference </span>1</a>, <a href="#ref-first" class="citation"><span class="visually-hidden">Reference </span>2</a>]');
    expect(problems.map((p) => [p.severity, p.message])).toEqual([["warning", 'content/articles/x.md:9 sources[2].id — "unused" is never cited; cite it with [@unused] or remove it']]);
  });

  it("makes heading ids unique and keeps an explicit {#id}", () => {
    const { article } = parseArticle(articleSource({ body: "[@alam-2014]\n\n## Risks\n\n## Risks\n\n## Renamed heading {#old-name}\n\n## Café & “quotes”?" }), FILE);
    expect(article!.sections.map((s) => s.id)).toEqual(["risks", "risks-1", "old-name", "café--quotes"]);
    expect(article!.sections[2]!.title).toBe("Renamed heading");
  });
});

describe("parseArticle: messages an editor reads", () => {
  it("names the line and field of a bad front-matter value and what is allowed", () => {
    const source = articleSource().replace('description: "A description long enough to pass the rule of fifty to one hundred and sixty characters."', 'description: "Too short by far here."');
    expect(messages(source)).toEqual(["content/articles/x.md:3 description — must be 50–160 characters (got 22)"]);
  });

  it("lists every front-matter problem at once", () => {
    const source = articleSource({ front: "updated: 2025-01-01\ntags: [Bad Tag]\ncolour: blue\n" }).replace("topic: science", "topic: skincare");
    expect(messages(source)).toEqual([
      `content/articles/x.md:4 topic — must be one of: ${TOPIC_IDS.join(", ")} (got "skincare")`,
      "content/articles/x.md:6 updated — must not be before published",
      'content/articles/x.md:7 tags[0] — must be kebab-case (lowercase words joined by hyphens, like "acne-scars"); got "Bad Tag"',
      "content/articles/x.md:8 colour — unknown field; allowed: title, description, topic, published, updated, summary, tags, sources, reviewed, claims, plans, conditions, timeline, draft",
    ]);
  });

  it("says a required field is missing", () => {
    const source = articleSource().replace(/^title: .*\n/m, "");
    expect(messages(source)).toEqual(["content/articles/x.md:1 title — is required; 10–90 characters"]);
  });

  it("checks each source: an id, and a DOI, PubMed id or web address", () => {
    const source = articleSource().replace('    doi: "10.1001/jamadermatol.2013.8687"\n', "");
    expect(messages(source)).toEqual(["content/articles/x.md:7 sources[0].doi — needs at least one of doi, pmid or url"]);
    const badUrl = articleSource().replace('doi: "10.1001/jamadermatol.2013.8687"', 'url: "javascript:alert(1)"');
    expect(messages(badUrl)).toEqual(['content/articles/x.md:10 sources[0].url — must be an http(s) address (got "javascript:alert(1)")']);
  });

  it("reports an unknown citation id at its line in the body", () => {
    const source = articleSource({ body: "Fine [@alam-2014].\n\nA claim [@nobody-2020]." });
    expect(messages(source)).toEqual(['content/articles/x.md:15 citation — unknown source id "@nobody-2020"; add it to sources or use one of: alam-2014']);
  });

  it("reports an empty heading", () => {
    const source = articleSource({ body: "Fine [@alam-2014].\n\n##\n\nText." });
    expect(messages(source)).toEqual(['content/articles/x.md:15 heading — has no text; write a title after "## "']);
  });

  it("reports a YAML syntax error with its file and line", () => {
    const source = articleSource().replace("topic: science", "topic: [science");
    const [message] = messages(source);
    expect(message).toMatch(/^content\/articles\/x\.md:5 front matter — is not valid YAML: /);
  });

  it("rejects a file name that is not kebab-case", () => {
    expect(parseArticle(articleSource(), "content/articles/Acne Scars.md").problems.map((p) => p.message)).toEqual([
      'content/articles/Acne Scars.md:1 file name — "Acne Scars.md" must be kebab-case (lowercase words joined by hyphens, like "acne-scars.md"); it becomes the URL',
    ]);
  });

  it("validates the claims table against the article's sources", () => {
    const source = articleSource({ front: 'claims:\n  - claim: "Acne scars"\n    grade: excellent\n    reason: "Small trials."\n    sources: [nobody]\n' });
    expect(messages(source)).toEqual([
      "content/articles/x.md:8 claims[0].grade — must be one of: strong, moderate, limited, not-shown",
      'content/articles/x.md:10 claims[0].sources[0] — unknown source id "nobody"; use one of this article\'s source ids',
    ]);
    const unknownSource = source.replace("grade: excellent", "grade: moderate");
    expect(messages(unknownSource)).toEqual(['content/articles/x.md:10 claims[0].sources[0] — unknown source id "nobody"; use one of this article\'s source ids']);
  });
});
