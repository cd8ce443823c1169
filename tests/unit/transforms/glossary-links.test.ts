// Glossary first uses, on the tree directly: one link per term, never inside headings,
// links or the citation markers that numberCitations made before it.
import type { Link } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { mdastToHtml, parseMarkdown } from "@/lib/content/html";
import type { GlossaryTerm } from "@/lib/content/schema";
import { numberCitations } from "@/lib/content/transforms/citations";
import { linkFirstUses, termForms } from "@/lib/content/transforms/glossary-links";

const TERMS: GlossaryTerm[] = [
  { id: "dermis", term: "Dermis", definition: "The layer below." },
  { id: "reference", term: "Reference", aliases: ["RCT"], definition: "A cited source." },
];

const termLinks = (tree: ReturnType<typeof parseMarkdown>) => {
  const found: [string, string][] = [];
  visit(tree, "link", (link: Link) => {
    if (link.url.startsWith("/glossary#")) found.push([link.url, (link.children[0] as { value: string }).value]);
  });
  return found;
};

describe("termForms", () => {
  it("is the term and its aliases", () => {
    expect(termForms(TERMS[1]!)).toEqual(["Reference", "RCT"]);
    expect(termForms(TERMS[0]!)).toEqual(["Dermis"]);
  });
});

describe("linkFirstUses", () => {
  it("links the first use of each term only, keeping the words as written", () => {
    const tree = parseMarkdown("## The dermis\n\nIn the dermis and the *dermis* again; an RCT.");
    linkFirstUses(tree, TERMS);
    expect(termLinks(tree)).toEqual([
      ["/glossary#dermis", "dermis"],
      ["/glossary#reference", "RCT"],
    ]);
    expect(mdastToHtml(tree)).toBe(
      '<h2>The dermis</h2>\n<p>In the <a href="/glossary#dermis" title="The layer below." class="term">dermis</a> and the <em>dermis</em> again; an <a href="/glossary#reference" title="A cited source." class="term">RCT</a>.</p>',
    );
  });

  it("skips citation markers, whose hidden text says Reference, and links the next plain use", () => {
    const tree = parseMarkdown("Cited [@a]. A reference list follows.");
    numberCitations(tree, new Set(["a"]), 0);
    linkFirstUses(tree, TERMS);
    expect(mdastToHtml(tree)).toContain(
      '<span class="visually-hidden">Reference </span>1</a>]</sup>. A <a href="/glossary#reference" title="A cited source." class="term">reference</a> list follows.',
    );
  });

  it("skips links and leaves a tree without terms unchanged", () => {
    const tree = parseMarkdown("[The dermis](/x) and nothing else.");
    const before = structuredClone(tree);
    linkFirstUses(tree, TERMS);
    expect(tree).toEqual(before);
  });
});
