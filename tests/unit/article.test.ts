import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import { sortProblems } from "@/lib/content/errors";
import { TOPIC_IDS } from "@/lib/topics";
import { articleSource } from "./fixtures";
import { sectionHtml } from "@/lib/content/transforms/sections";

const FILE = "content/articles/x.md";
const messages = (source: string) =>
  sortProblems(parseArticle(source, FILE).problems).map((problem) => problem.message);

describe("parseArticle: the typed article", () => {
  it("turns a good file into an article with sections, references and counts", () => {
    const result = parseArticle(
      articleSource({
        front: 'summary:\n  - "A short point for the box."\n',
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
    expect(sectionHtml(article.sections[0]!)).toContain('<h3 id="in-detail">In detail</h3>');
    expect(article.sections[0]!.text).toBe("Healing.\nIn detail\nMore.");
    expect(article.intro?.html).toBe(
      '<p>Intro <sup class="citations">[<a href="#ref-alam-2014" class="citation"><span class="visually-hidden">Reference </span>1</a>]</sup>.</p>',
    );
    expect(article.references).toEqual([
      {
        number: 1,
        source: expect.objectContaining({
          id: "alam-2014",
          title: "Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial",
        }),
      },
    ]);
    expect(article.sections.map((section) => section.citations)).toEqual([["alam-2014"], []]);
    expect(article.citationCount).toBe(2);
    expect(article.wordCount).toBe(4); // prose only: headings are not counted
    expect(article.readingMinutes).toBe(1);
  });

  it("derives the reference list from what it cites: numbered by first use, body first, then the claims table", () => {
    const source = articleSource({
      front:
        'claims:\n  - claim: "Acne scars"\n    grade: limited\n    reason: "Small studies."\n    sources: [case-series-2010, alam-2014]\n',
      body: "Harris is cited first [@harris-2015], then both [@alam-2014; @harris-2015], then [@alam-2014][@harris-2015].",
    });
    const { article, problems } = parseArticle(source, FILE);
    expect(problems).toEqual([]);
    expect(article!.references.map((r) => [r.number, r.source.id])).toEqual([
      [1, "harris-2015"],
      [2, "alam-2014"],
      [3, "case-series-2010"],
    ]);
    expect(article!.intro!.html).toContain(
      '[<a href="#ref-harris-2015" class="citation"><span class="visually-hidden">Reference </span>1</a>, <a href="#ref-alam-2014" class="citation"><span class="visually-hidden">Reference </span>2</a>]',
    );
  });

  it("flags a claim graded above what the designs of its sources allow", () => {
    const claims = (grade: string, sources: string) =>
      articleSource({
        front: `claims:\n  - claim: "Acne scars"\n    grade: ${grade}\n    reason: "Small studies."\n    sources: [${sources}]\n`,
      });
    expect(messages(claims("moderate", "case-series-2010"))).toEqual([
      'content/articles/x.md:8 claims[0].grade — "moderate" is higher than its sources allow: it needs at least one randomised trial, or a systematic review or meta-analysis; the sources cited are case series, which allow at most "limited"',
    ]);
    expect(messages(claims("strong", "alam-2014"))).toEqual([
      'content/articles/x.md:8 claims[0].grade — "strong" is higher than its sources allow: it needs a systematic review or meta-analysis and at least one randomised trial; the sources cited are split-face randomised trial, which allow at most "moderate"',
    ]);
    expect(messages(claims("strong", "alam-2014, harris-2015"))).toEqual([]);
    expect(messages(claims("limited", "dermnet-needling"))).toEqual([
      'content/articles/x.md:8 claims[0].grade — "limited" is higher than its sources allow: it needs at least one study of people (a comparison without randomisation, a cohort, a case series or a case report), or a narrative review or guideline; the sources cited are web page, which allow at most "not-shown"',
    ]);
  });

  it("says that a per-article sources list is gone, and where works live now", () => {
    const source = articleSource({ front: 'sources:\n  - { id: alam-2014, title: "A trial", year: 2014 }\n' });
    expect(messages(source)).toEqual([
      "content/articles/x.md:6 sources — an article no longer lists its sources: every work lives once in the registry (content/sources/) and the article cites it with [@id]; delete this list",
    ]);
  });

  it("makes heading ids unique and keeps an explicit {#id}", () => {
    const { article } = parseArticle(
      articleSource({
        body: "[@alam-2014]\n\n## Risks\n\n## Risks\n\n## Renamed heading {#old-name}\n\n## Café & “quotes”?",
      }),
      FILE,
    );
    expect(article!.sections.map((s) => s.id)).toEqual(["risks", "risks-1", "old-name", "café--quotes"]);
    expect(article!.sections[2]!.title).toBe("Renamed heading");
  });
});

describe("parseArticle: messages an editor reads", () => {
  it("names the line and field of a bad front-matter value and what is allowed", () => {
    const source = articleSource().replace(
      'description: "A description long enough to pass the rule of fifty to one hundred and sixty characters."',
      'description: "Too short by far here."',
    );
    expect(messages(source)).toEqual(["content/articles/x.md:3 description — must be 50–160 characters (got 22)"]);
  });

  it("lists every front-matter problem at once", () => {
    const source = articleSource({ front: "updated: 2025-01-01\ntags: [Bad Tag]\ncolour: blue\n" }).replace(
      "topic: science",
      "topic: skincare",
    );
    expect(messages(source)).toEqual([
      `content/articles/x.md:4 topic — must be one of: ${TOPIC_IDS.join(", ")} (got "skincare")`,
      "content/articles/x.md:6 updated — must not be before published",
      'content/articles/x.md:7 tags[0] — must be kebab-case (lowercase words joined by hyphens, like "acne-scars"); got "Bad Tag"',
      "content/articles/x.md:8 colour — unknown field; allowed: title, description, topic, published, updated, summary, tags, reviewed, nextReview, changes, claims, plans, conditions, timeline, draft",
    ]);
  });

  it("says a required field is missing", () => {
    const source = articleSource().replace(/^title: .*\n/m, "");
    expect(messages(source)).toEqual(["content/articles/x.md:1 title — is required; 10–90 characters"]);
  });

  it("reports an unknown citation id at its line in the body", () => {
    const source = articleSource({ body: "Fine [@alam-2014].\n\nA claim [@nobody-2020]." });
    expect(messages(source)).toEqual([
      'content/articles/x.md:10 citation — unknown source id "@nobody-2020"; it is not in the source registry (content/sources/): add the work there, or fix the id',
    ]);
  });

  it("reports an empty heading", () => {
    const source = articleSource({ body: "Fine [@alam-2014].\n\n##\n\nText." });
    expect(messages(source)).toEqual(['content/articles/x.md:10 heading — has no text; write a title after "## "']);
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

  it("validates the claims table against the source registry", () => {
    const source = articleSource({
      front:
        'claims:\n  - claim: "Acne scars"\n    grade: excellent\n    reason: "Small trials."\n    sources: [nobody]\n',
    });
    expect(messages(source)).toEqual([
      "content/articles/x.md:8 claims[0].grade — must be one of: strong, moderate, limited, not-shown",
      'content/articles/x.md:10 claims[0].sources[0] — unknown source id "nobody"; it is not in the source registry (content/sources/): add the work there, or fix the id',
    ]);
    const unknownSource = source.replace("grade: excellent", "grade: not-shown");
    expect(messages(unknownSource)).toEqual([
      'content/articles/x.md:10 claims[0].sources[0] — unknown source id "nobody"; it is not in the source registry (content/sources/): add the work there, or fix the id',
    ]);
  });
});
