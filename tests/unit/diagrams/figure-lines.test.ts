// ::figure lines: a known name places a figure in its section; anything else is a content error
// an editor can act on (file, line, what is allowed).
import { describe, expect, it } from "vitest";
import { articleMarkdown } from "@/lib/content/ai-copies";
import { parseBody } from "@/lib/content/body";
import { AI_SITE } from "../ai-copies.fixture";
import { articleSource, parseTestArticle } from "../fixtures";
import { sectionHtml } from "@/lib/content/transforms/sections";

const allowed =
  'use one of: ::figure{name="skin-layers"}, ::figure{name="healing-steps"}, ::figure{name="evidence-chart"}, ::figure{name="course-timeline"}';

describe("::figure lines", () => {
  it("split the section's HTML where the figure goes", () => {
    const body = parseBody('## Part\n\nBefore.\n\n::figure{name="healing-steps"}\n\nAfter.\n', new Set(), 0);
    expect(body.problems).toEqual([]);
    expect(body.sections[0]!.parts).toEqual([
      { html: "<p>Before.</p>" },
      { figure: "healing-steps" },
      { html: "<p>After.</p>" },
    ]);
    expect(sectionHtml(body.sections[0]!)).toBe("<p>Before.</p>\n<p>After.</p>");
    expect(body.figures).toEqual([{ name: "healing-steps", line: 5 }]);
  });

  it("report an unknown or missing name, a figure before the first section, a repeat and one inside a list", () => {
    const body = parseBody(
      '::figure{name="skin-layers"}\n\n## Part\n\n::figure{name="skin-layer"}\n\n::figure\n\n::figure{name="healing-steps"}\n\n::figure{name="healing-steps"}\n\n- ::figure{name="skin-layers"}\n',
      new Set(),
      10,
    );
    expect(body.problems).toEqual([
      {
        line: 11,
        field: "figure",
        reason: 'the figure "skin-layers" comes before the first ## heading; place it inside a section',
      },
      { line: 15, field: "figure", reason: `unknown figure "skin-layer"; ${allowed}` },
      { line: 17, field: "figure", reason: `a figure needs a name; ${allowed}` },
      {
        line: 21,
        field: "figure",
        reason: 'the figure "healing-steps" is already placed in this article; place each figure once',
      },
      {
        line: 23,
        field: "figure",
        reason: '"::figure" must be on a line of its own between paragraphs, not inside a list, quote or box',
      },
    ]);
    expect(body.sections[0]!.parts.filter((part) => "figure" in part)).toEqual([{ figure: "healing-steps" }]);
  });

  it("leave other ::name lines as the text the editor wrote", () => {
    const body = parseBody("## Part\n\n::note\n", new Set(), 0);
    expect(body.problems).toEqual([]);
    expect(sectionHtml(body.sections[0]!)).toBe("<p>::note</p>");
  });

  it("a chart of the article's data needs that data, with the file and line", () => {
    const result = parseTestArticle(
      articleSource({ body: 'Text [@alam-2014].\n\n## First part\n\n::figure{name="evidence-chart"}\n' }),
      "content/articles/x.md",
    );
    expect(result.problems.map((problem) => problem.message)).toContain(
      'content/articles/x.md:12 figure — the figure "evidence-chart" draws this article\'s `claims`, and it has none; add them, or remove the figure',
    );
  });

  it("a drawing's sources join the article's reference list", () => {
    const result = parseTestArticle(
      articleSource({ body: 'Text [@alam-2014].\n\n## First part\n\n::figure{name="skin-layers"}\n' }),
      "content/articles/x.md",
    );
    expect(result.problems.filter((problem) => problem.severity !== "warning")).toEqual([]);
    expect(result.article!.references.map((reference) => reference.source.id)).toEqual([
      "alam-2014",
      "chopra-2015",
      "meng-2022",
      "kalluri-2011",
    ]);
    expect(result.article!.sections[0]!.citations).toEqual(["chopra-2015", "meng-2022", "kalluri-2011"]);
  });

  it("become a note in the article's Markdown copy, naming the figure", () => {
    const body = 'Text [@alam-2014].\n\n## First part\n\n::figure{name="skin-layers"}\n\nAfter.\n';
    const { article } = parseTestArticle(articleSource({ body }), "content/articles/x.md");
    const copy = articleMarkdown(article!, body, AI_SITE);
    expect(copy).toContain("## First part\n\n_Figure on the page: How deep the needles go._\n\nAfter.");
    expect(copy).not.toContain("::figure");
  });
});
