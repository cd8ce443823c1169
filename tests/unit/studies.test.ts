// The evidence base's "cited by" lists (lib/content/studies.ts), worked out in one pass over the
// articles, against the plain definition: every published article whose references include the work.
import { describe, expect, it } from "vitest";
import { getArticleSummaries, getStudies, getStudy } from "@/lib/content";
import { loadContent } from "@/lib/content/load";

describe("studies and the articles that cite them", () => {
  const { articles } = loadContent();

  it("lists, for every work, exactly the articles that cite it, in the reader's path order", () => {
    const studies = getStudies();
    expect(studies.length).toBeGreaterThan(0);
    for (const { source, citedBy } of studies) {
      const expected = articles
        .filter((article) => article.references.some((reference) => reference.source.id === source.id))
        .map((article) => article.slug);
      expect(
        citedBy.map((citing) => citing.slug),
        source.id,
      ).toEqual(expected);
    }
    expect(getArticleSummaries().length).toBe(articles.length);
  });

  it("names the sections that cite the work, and getStudy agrees with getStudies", () => {
    for (const study of getStudies()) {
      for (const citing of study.citedBy) {
        const article = articles.find((candidate) => candidate.slug === citing.slug)!;
        const sections = article.sections.filter((section) => section.citations.includes(study.source.id));
        expect(citing.sections.map((section) => section.id)).toEqual(sections.map((section) => section.id));
      }
      expect(getStudy(study.source.id)).toEqual(study);
    }
    expect(getStudy("no-such-work")).toBeUndefined();
  });
});
