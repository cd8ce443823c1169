// Citations: numbered by first use against the set of known source ids it is given;
// unknown ids are problems; markers inside links stay text.
import { describe, expect, it } from "vitest";
import { mdastToHtml, parseMarkdown } from "@/lib/content/html";
import { numberCitations } from "@/lib/content/transforms/citations";

const sup = (...refs: [string, number][]) =>
  `<sup class="citations">[${refs.map(([id, n]) => `<a href="#ref-${id}" class="citation"><span class="visually-hidden">Reference </span>${n}</a>`).join(", ")}]</sup>`;

describe("numberCitations", () => {
  it("numbers sources by first use, sorting ids within a marker by their number", () => {
    const tree = parseMarkdown("First [@b]. Then [@a; @b].\n\nAgain [@b; @a; @b].");
    const { citationOrder, citationCount, problems } = numberCitations(tree, new Set(["a", "b"]), 0);
    expect(citationOrder).toEqual(["b", "a"]);
    expect(citationCount).toBe(6);
    expect(problems).toEqual([]);
    expect(mdastToHtml(tree)).toBe(
      `<p>First ${sup(["b", 1])}. Then ${sup(["b", 1], ["a", 2])}.</p>\n<p>Again ${sup(["b", 1], ["a", 2])}.</p>`,
    );
  });

  it("resolves against the ids it is given: an unknown one is a problem at its file line and left out", () => {
    const tree = parseMarkdown("Known [@a; @zz].\n\nOnly unknown [@zz] here.");
    const { citationOrder, citationCount, problems } = numberCitations(tree, new Set(["a", "c"]), 5);
    expect(citationOrder).toEqual(["a"]);
    expect(citationCount).toBe(1);
    const reason =
      'unknown source id "@zz"; it is not in the source registry (content/sources/): add the work there, or fix the id';
    expect(problems).toEqual([
      { line: 6, field: "citation", reason },
      { line: 8, field: "citation", reason },
    ]);
    expect(mdastToHtml(tree)).toBe(`<p>Known ${sup(["a", 1])}.</p>\n<p>Only unknown  here.</p>`);
  });

  it("says when there are no sources at all", () => {
    const { problems } = numberCitations(parseMarkdown("Cited [@a]."), new Set(), 0);
    expect(problems.map((problem) => problem.reason)).toEqual([
      'unknown source id "@a"; it is not in the source registry (content/sources/): add the work there, or fix the id',
    ]);
  });

  it("leaves markers inside links and code as they are", () => {
    const tree = parseMarkdown("[see [@a]](/x) and `[@a]`.");
    const { citationOrder, citationCount } = numberCitations(tree, new Set(["a"]), 0);
    expect(citationOrder).toEqual([]);
    expect(citationCount).toBe(0);
    expect(mdastToHtml(tree)).toBe('<p><a href="/x">see [@a]</a> and <code>[@a]</code>.</p>');
  });
});
