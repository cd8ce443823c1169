// The site's own glossary (content/glossary.md) against the site's own articles: every
// "Read more" link lands on a real heading, every term is one the articles use, and the
// forms that could match the wrong words link where they should.
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/article";
import { checkContent, type SiteContent } from "@/lib/content/load";
import { sectionHtml } from "@/lib/content/transforms/sections";

let content: SiteContent;
beforeAll(() => {
  content = checkContent("content", { includeDrafts: false }).content;
}, 60_000);

const terms = () => content.glossary!.terms;
const htmlOf = (article: Article) =>
  [article.intro?.html ?? "", ...article.sections.map((section) => sectionHtml(section))].join("\n");
/** [term id, linked text] for every glossary link in an article. */
const termLinks = (article: Article) =>
  [...htmlOf(article).matchAll(/<a href="\/glossary#([^"]+)" title="[^"]*" class="term">([^<]*)<\/a>/g)].map(
    (m) => [m[1]!, m[2]!] as const,
  );
const article = (slug: string) => {
  const found = content.articles.find((candidate) => candidate.slug === slug);
  expect(found, `article ${slug}`).toBeDefined();
  return found!;
};

describe("the site's glossary", () => {
  it("links each entry's 'Read more' to a ## or ### heading of a published article", () => {
    const broken: string[] = [];
    for (const term of terms()) {
      if (!term.more) continue;
      const match = /^\/articles\/([a-z0-9-]+)#([a-z0-9-]+)$/.exec(term.more);
      const target = match && content.articles.find((candidate) => candidate.slug === match[1]);
      const ids = target
        ? target.sections.flatMap((section) => [section.id, ...section.headings.map((heading) => heading.id)])
        : [];
      if (!match || !ids.includes(match[2]!)) broken.push(`${term.id}: ${term.more}`);
    }
    expect(broken).toEqual([]);
  });

  it("holds only terms that some article uses, so each one is linked from at least one page", () => {
    const linked = new Set(content.articles.flatMap((candidate) => termLinks(candidate).map(([id]) => id)));
    expect(
      terms()
        .filter((term) => !linked.has(term.id))
        .map((term) => term.id),
    ).toEqual([]);
  });

  it("tells ablative from non-ablative lasers, though one name holds the other", () => {
    const links = [
      ...termLinks(article("microneedling-for-darker-skin")),
      ...termLinks(article("who-should-avoid-microneedling")),
    ];
    expect(links).toContainEqual(["non-ablative-laser", "non-ablative laser"]);
    expect(links).toContainEqual(["ablative-laser", "ablative laser"]);
    expect(links.filter(([id, text]) => id === "ablative-laser" && /non/i.test(text))).toEqual([]);
  });

  it("never links rolling a device to rolling scars", () => {
    const home = termLinks(article("using-a-microneedling-roller-at-home"));
    expect(home.filter(([id]) => id === "rolling-scars")).toEqual([]);
    expect(termLinks(article("acne-scar-types"))).toContainEqual(["rolling-scars", "Rolling scars"]);
  });

  it("links the new pages' words from where readers first meet them", () => {
    expect(termLinks(article("does-microneedling-hurt"))).toEqual(
      expect.arrayContaining([
        ["local-anesthetic", "local anaesthetics"],
        ["methaemoglobinaemia", "methaemoglobinaemia"],
      ]),
    );
    expect(termLinks(article("who-should-avoid-microneedling"))).toEqual(
      expect.arrayContaining([
        ["local-anesthetic", "local anesthetic"],
        ["herpes-simplex", "cold sores"],
      ]),
    );
    expect(termLinks(article("preparing-for-microneedling"))).toContainEqual(["antiviral", "antiviral"]);
    expect(termLinks(article("choosing-a-microneedling-practitioner"))).toEqual(
      expect.arrayContaining([
        ["aesthetician", "aestheticians"],
        ["accredited-register", "Accredited Register"],
        ["over-the-counter", "over the counter"],
        ["needle-cartridge", "needle head"],
      ]),
    );
    expect(termLinks(article("acne-scar-types"))).toEqual(
      expect.arrayContaining([
        ["ice-pick-scars", "Ice pick"],
        ["boxcar-scars", "Boxcar"],
      ]),
    );
    // "RF" is an abbreviation, so "RF microneedling" matches only in capitals.
    expect(termLinks(article("radiofrequency-microneedling"))).toContainEqual([
      "radiofrequency-microneedling",
      "RF microneedling",
    ]);
  });
});
