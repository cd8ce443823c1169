// Glossary terms: the first use in an article links to its entry, with the definition as a
// title; never inside headings, links, code or citations; the text (and so its reading
// grade) stays the same. The glossary file itself is checked like any content file.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTestArticle as parseArticle } from "./fixtures";
import { parseGlossary, type GlossaryTerm } from "@/lib/content/glossary";
import { checkContent } from "@/lib/content/load";
import { articleSource, writeRegistry } from "./fixtures";
import { sectionHtml } from "@/lib/content/transforms/sections";

const TERMS: GlossaryTerm[] = [
  { id: "collagen", term: "Collagen", definition: "A protein that gives skin its strength." },
  { id: "dermis", term: "Dermis", definition: "The thicker layer of skin below the outer layer." },
  {
    id: "pih",
    term: "Post-inflammatory hyperpigmentation",
    aliases: ["PIH"],
    definition: "Dark patches after irritation.",
  },
  { id: "granuloma", term: "Granuloma", aliases: ["granulomas"], definition: "A small, firm lump in the skin." },
];

function html(body: string, glossary: GlossaryTerm[] = TERMS) {
  const { article, problems } = parseArticle(
    articleSource({ body: `Cited [@alam-2014].\n\n${body}` }),
    "content/articles/x.md",
    { glossary },
  );
  expect(problems).toEqual([]);
  return {
    article: article!,
    html: [article!.intro?.html ?? "", ...article!.sections.map((section) => sectionHtml(section))].join("\n"),
  };
}

const termLinks = (text: string) =>
  [...text.matchAll(/<a href="\/glossary#([^"]+)" title="([^"]*)" class="term">([^<]*)<\/a>/g)].map((m) => [
    m[1],
    m[3],
  ]);

describe("linking glossary terms", () => {
  it("links the first use only, with the definition as its title", () => {
    const { html: out } = html("Collagen matters.\n\n## Part\n\nMore collagen here, and collagen again.");
    expect(out).toContain(
      '<a href="/glossary#collagen" title="A protein that gives skin its strength." class="term">Collagen</a> matters.',
    );
    expect(termLinks(out)).toEqual([["collagen", "Collagen"]]);
  });

  it("counts the intro and every section as one article", () => {
    const { article } = html("No term here.\n\n## One\n\nThe dermis.\n\n## Two\n\nThe dermis again.");
    expect(termLinks(sectionHtml(article.sections[0]!))).toEqual([["dermis", "dermis"]]);
    expect(termLinks(sectionHtml(article.sections[1]!))).toEqual([]);
  });

  it("never links inside headings, links, code or citations, and links the next plain use instead", () => {
    const { html: out } = html(
      "## Collagen and the dermis\n\n### More on collagen\n\n[collagen page](https://example.org) and `collagen` and\n\n```\ncollagen\n```\n\nThen collagen, in text.",
    );
    expect(out).toContain('<h3 id="more-on-collagen">More on collagen</h3>');
    expect(out).toContain('<a href="https://example.org">collagen page</a>');
    expect(out).toContain("<code>collagen</code>");
    expect(termLinks(out)).toEqual([["collagen", "collagen"]]);
    expect(out).toMatch(/Then <a [^>]*class="term">collagen<\/a>, in text\./);
  });

  it("matches whole words and aliases, capitals only for abbreviations", () => {
    const { html: out } = html("The epidermis is not the term. Neither is pih. But PIH is, and so are granulomas.");
    expect(termLinks(out)).toEqual([
      ["pih", "PIH"],
      ["granuloma", "granulomas"],
    ]);
  });

  it("prefers the longest form when two start at the same place", () => {
    const terms: GlossaryTerm[] = [
      { id: "trial", term: "Randomized trial", definition: "A trial that splits people by chance." },
      { id: "rct", term: "Randomized controlled trial", definition: "The fairest test of a treatment." },
    ];
    expect(termLinks(html("A randomized controlled trial, then a randomized trial.", terms).html)).toEqual([
      ["rct", "randomized controlled trial"],
      ["trial", "randomized trial"],
    ]);
  });

  it("changes neither the text nor its reading grade", () => {
    const body = "Collagen is a protein. The dermis holds it.\n\n## Part\n\nPIH can follow. Granulomas are rare.";
    const linked = html(body).article;
    const plain = html(body, []).article;
    expect(termLinks(html(body).html)).toHaveLength(4);
    expect(linked.sections.map((s) => s.text)).toEqual(plain.sections.map((s) => s.text));
    expect(linked.readabilityGrade).toBe(plain.readabilityGrade);
    expect(linked.wordCount).toBe(plain.wordCount);
  });

  it("keeps titles for glossary hints only: an editor's link title is dropped", () => {
    const { html: out } = html('A [link](https://example.org "A title an editor wrote") and collagen.');
    expect(out).toContain('<a href="https://example.org">link</a>');
    expect(out.match(/title="/g)).toHaveLength(1);
  });
});

describe("the glossary file", () => {
  const glossary = (terms: string) =>
    `---\ntitle: "Glossary"\ndescription: "Plain meanings of the words used in this guide, with links to where each is explained."\nupdated: 2026-11-21\nterms:\n${terms}---\n\nIntro.\n`;

  it("sorts terms and records its links for checking", () => {
    const { glossary: parsed, problems } = parseGlossary(
      glossary(
        '  - { id: elastin, term: "Elastin", definition: "A protein that lets skin stretch.", more: "/articles/x#part" }\n  - { id: collagen, term: "Collagen", definition: "A protein that gives skin strength." }\n',
      ),
      "content/glossary.md",
    );
    expect(problems).toEqual([]);
    expect(parsed!.terms.map((term) => term.id)).toEqual(["collagen", "elastin"]);
    expect(parsed!.links.links).toEqual([{ href: "/articles/x#part", line: 6 }]);
  });

  it("reports a word that belongs to two terms, and a duplicate id, with their lines", () => {
    const { problems } = parseGlossary(
      glossary(
        '  - id: scar\n    term: "Scar"\n    definition: "A mark left by a healed wound."\n  - id: scar\n    term: "Keloid"\n    aliases: [scar]\n    definition: "A thick, raised scar."\n',
      ),
      "content/glossary.md",
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'content/glossary.md:9 terms[1].id — duplicate id "scar"; each must be unique in the article',
    ]);
    const { problems: forms } = parseGlossary(
      glossary(
        '  - id: scar\n    term: "Scar"\n    definition: "A mark left by a healed wound."\n  - id: keloid\n    term: "Keloid"\n    aliases: [scar]\n    definition: "A thick, raised scar."\n',
      ),
      "content/glossary.md",
    );
    expect(forms.map((problem) => problem.message)).toEqual([
      'content/glossary.md:11 terms[1].aliases[0] — "scar" is already a form of "scar"; each word may belong to one term',
    ]);
  });

  it("is loaded with the content: terms link in articles, and links to it and from it are checked", () => {
    const root = mkdtempSync(join(tmpdir(), "content-"));
    mkdirSync(join(root, "articles"));
    writeRegistry(root);
    writeFileSync(
      join(root, "glossary.md"),
      glossary(
        '  - { id: collagen, term: "Collagen", definition: "A protein that gives skin strength.", more: "/articles/one#nowhere" }\n',
      ),
    );
    writeFileSync(
      join(root, "articles", "one.md"),
      articleSource({
        body: "Collagen [@alam-2014]. See [it](/glossary#collagen) and [this](/glossary#elastin).\n\n## Part",
      }),
    );
    const { content, problems } = checkContent(root);
    const shown = relative(process.cwd(), root);
    expect(problems.map((problem) => problem.message.replaceAll(shown, "<dir>"))).toEqual([
      '<dir>/articles/one.md:8 link — "/glossary#elastin" points to no entry of /glossary; ids there: collagen',
      '<dir>/glossary.md:6 link — "/articles/one#nowhere" links to a section that does not exist; ids in one: part',
    ]);
    expect(content.glossary?.terms.map((term) => term.id)).toEqual(["collagen"]);
    expect(content.allArticles[0]!.intro!.html).toContain('class="term">Collagen</a>');
  });
});
