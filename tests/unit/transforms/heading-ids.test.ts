// Heading ids: from the text or an explicit {#id}, stepping around ids the page uses,
// with problems at the heading's file line.
import type { Heading } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/content/html";
import { assignHeadingIds } from "@/lib/content/transforms/heading-ids";

const headingsOf = (tree: ReturnType<typeof parseMarkdown>) =>
  tree.children.filter((node): node is Heading => node.type === "heading");

describe("assignHeadingIds", () => {
  it("makes ids from ## and ### text in document order, and puts only the ### ones on the node", () => {
    const tree = parseMarkdown("# Title\n\n## How it *works*\n\n### The needles\n\n#### Too deep\n\n## How it works");
    const { ids, idOf, problems } = assignHeadingIds(tree, [], 0);
    expect(ids).toEqual(["how-it-works", "the-needles", "how-it-works-1"]);
    expect(problems).toEqual([]);
    const [h1, h2, h3, h4] = headingsOf(tree);
    expect(idOf.has(h1!)).toBe(false);
    expect(idOf.get(h2!)).toBe("how-it-works");
    expect(h2!.data).toBeUndefined();
    expect(h3!.data).toEqual({ hProperties: { id: "the-needles" } });
    expect(idOf.has(h4!)).toBe(false);
  });

  it("takes an explicit {#id} and removes it from the heading's text", () => {
    const tree = parseMarkdown("## What it does {#effects}\n\n### Sub  {#sub-part}  ");
    const { ids } = assignHeadingIds(tree, [], 0);
    expect(ids).toEqual(["effects", "sub-part"]);
    const [h2, h3] = headingsOf(tree);
    expect(h2!.children).toEqual([expect.objectContaining({ type: "text", value: "What it does" })]);
    expect(h3!.data).toEqual({ hProperties: { id: "sub-part" } });
  });

  it("reports a generated id equal to an explicit one instead of renumbering either", () => {
    const { ids, problems } = assignHeadingIds(parseMarkdown("## Intro\n\n## Other {#intro}"), [], 0);
    expect(ids).toEqual(["intro", "intro"]);
    expect(problems).toEqual([
      { line: 3, field: "heading", reason: 'id "intro" is already used by the heading on line 1; change one of them' },
    ]);
  });

  it("steps generated ids around the page's own ids and the reserved ones", () => {
    const tree = parseMarkdown("## Main\n\n## References\n\n## Ref alam 2014\n\n## Other");
    const { ids } = assignHeadingIds(tree, ["ref-alam-2014"], 0);
    expect(ids).toEqual(["main-1", "references-1", "ref-alam-2014-1", "other"]);
  });

  it("reports bad, taken, duplicate and empty ids at the file line of the heading", () => {
    const tree = parseMarkdown(
      "## One {#Not Kebab}\n\n## Two {#main}\n\n## Three {#ref-x}\n\n## \n\n## Same\n\n## Four {#same}\n\n## user-content-x\n\n## Five {#",
    );
    const { ids, problems } = assignHeadingIds(tree, ["ref-x"], 10);
    expect(ids).toEqual(["one", "two", "three", "section", "same", "same", "user-content-x", "five-"]);
    expect(problems).toEqual([
      { line: 11, field: "heading", reason: 'id "{#Not Kebab}" must be kebab-case, like {#how-it-works}' },
      {
        line: 13,
        field: "heading",
        reason: 'id "{#main}" is used by the page itself; choose another, like {#how-it-works}',
      },
      {
        line: 15,
        field: "heading",
        reason: 'id "{#ref-x}" is used by the page itself; choose another, like {#how-it-works}',
      },
      { line: 17, field: "heading", reason: 'has no text; write a title after "## "' },
      { line: 21, field: "heading", reason: 'id "same" is already used by the heading on line 19; change one of them' },
      {
        line: 23,
        field: "heading",
        reason:
          'id "user-content-x" starts like the page\'s footnote ids; give the heading an id such as {#how-it-works}',
      },
      {
        line: 25,
        field: "heading",
        reason:
          '"{#" starts an id, but what follows is not one; end the heading with a kebab-case id like {#how-it-works}',
      },
    ]);
  });
});
