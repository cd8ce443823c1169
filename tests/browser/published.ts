// What the production build publishes: the content loader as `next build` runs it (drafts left out),
// whatever NODE_ENV the tests run under.
import { vancouver } from "@/lib/content/sources/vancouver";
import type { Article } from "@/lib/content";
import { checkContent, contentRoot } from "@/lib/content/load";

const { content } = checkContent(contentRoot(), { includeDrafts: false });

export const published: Article[] = content.articles;

/**
 * Time limit for a test that opens pages one after another: the usual 30 s plus 6 s a page, so a
 * test that visits every article or topic keeps its margin as the guide grows. A page takes well
 * under a second on a quiet machine; the margin is for a shared one (a preview image took ~5 s at load 19).
 */
export const timeForPages = (pages: number) => 30_000 + 6_000 * pages;
export const drafts: Article[] = content.allArticles.filter((article) => article.meta.draft);

/** Plain text of what the search indexes as an article's body. */
export const bodyText = (article: Article) =>
  [article.intro?.text ?? "", ...article.sections.map((section) => section.text)].join(" ");

/** Everything else an article shows, which a search could also match. */
const allText = (article: Article) =>
  [
    article.meta.title,
    article.meta.description,
    ...(article.meta.summary ?? []),
    ...(article.meta.tags ?? []),
    ...article.references.map(({ source }) => vancouver(source)),
    ...(article.meta.claims ?? []).flatMap((claim) => [claim.claim, claim.reason]),
    bodyText(article),
  ]
    .join(" ")
    .toLowerCase();

/**
 * A word from one article's body that no other article or study page contains, even as a word stem (the
 * search stems words, so "wounds" would also find "wound"): the longest such word.
 */
export function uniqueBodyWord(): { word: string; article: Article } {
  // Study pages are in the index too: their reference and appraisal text count as other pages.
  const studyTexts = [...checkContent(contentRoot(), { includeDrafts: false }).content.registry.values()].map(
    ({ source }) => [vancouver(source), ...Object.values(source.appraisal ?? {}).map(String)].join(" ").toLowerCase(),
  );
  const candidates = published.flatMap((article) => {
    const others = [...published.filter((other) => other !== article).map(allText), ...studyTexts];
    return [
      ...new Set(
        bodyText(article)
          .toLowerCase()
          .match(/\b[a-z]{6,}\b/g) ?? [],
      ),
    ]
      .filter((word) => !others.some((text) => text.includes(word.slice(0, Math.max(5, word.length - 3)))))
      .map((word) => ({ word, article }));
  });
  const best = candidates.sort((a, b) => b.word.length - a.word.length)[0];
  if (!best) throw new Error("no word appears in only one article's body");
  return best;
}
