import type { Article, ArticleSummary } from "@/lib/content";
import { reportHref, type ReportTarget } from "@/lib/report";
import { absoluteUrl } from "@/lib/site";
import { ArticleFigure } from "../diagrams/ArticleFigure";
import { ReportMistake } from "../site/ReportMistake";
import { HtmlContent } from "../HtmlContent";
import { ArticleHeader } from "./ArticleHeader";
import { ArticleSection } from "./ArticleSection";
import { AtAGlance } from "./AtAGlance";
import { EvidenceTable } from "./EvidenceTable";
import { PageHistory } from "./PageHistory";
import { PathNav } from "./PathNav";
import { References } from "./References";
import { ReviewStatus } from "./ReviewStatus";
import { ShareButton } from "./ShareButton";
import { TableOfContents } from "./TableOfContents";
import { TimelineBox } from "./TimelineBox";
import styles from "./ArticleView.module.css";

/** Where the claims table goes: the section of this id, or after the introduction. */
const EVIDENCE_SECTION_ID = "evidence-at-a-glance";

/** `report`: where "Report a mistake" links go and the "Edit this page" link (none: the page has neither). */
export function ArticleView({
  article,
  previous,
  next,
  report,
}: {
  article: Article;
  previous?: ArticleSummary;
  next?: ArticleSummary;
  report?: { target: ReportTarget; editHref?: string };
}) {
  const { meta, sections, references } = article;
  const claims =
    meta.claims && meta.claims.length > 0 ? <EvidenceTable claims={meta.claims} references={references} /> : null;
  const claimsHaveSection = sections.some((section) => section.id === EVIDENCE_SECTION_ID);
  const url = absoluteUrl(`/articles/${article.slug}`);
  const target = report?.target ?? {};
  const subject = { pageUrl: url, pageTitle: meta.title };
  // On wide screens the contents list becomes a sticky sidebar beside the text (see TableOfContents.module.css);
  // in the markup it stays where a reader meets it: after the summary, before the text.
  return (
    <article className={styles.article} data-pagefind-body>
      <div className={styles.top}>
        {meta.draft && (
          <p className={styles.draftBanner} role="status">
            Draft: this article is not published and will not appear in the production site.
          </p>
        )}
        <ArticleHeader meta={meta} readingMinutes={article.readingMinutes} />
        <ShareButton url={url} title={meta.title} />
        <ReviewStatus reviewed={meta.reviewed} />
        {meta.summary && <AtAGlance points={meta.summary} />}
      </div>
      {sections.length > 0 && <TableOfContents sections={sections} />}
      <div className={styles.body} data-article-body>
        {article.intro && <HtmlContent className="prose intro" html={article.intro.html} />}
        {!claimsHaveSection && claims}
        {meta.timeline && meta.timeline.length > 0 && <TimelineBox article={article} timeline={meta.timeline} />}
        {sections.map((section) => (
          <ArticleSection
            key={section.id}
            section={section}
            pageUrl={url}
            reportHref={reportHref(target, { ...subject, section })}
            figure={(name) => <ArticleFigure name={name} article={article} />}
          >
            {section.id === EVIDENCE_SECTION_ID && claims}
          </ArticleSection>
        ))}
        <References references={references} />
        {meta.changes && <PageHistory changes={meta.changes} published={meta.published} />}
        <ReportMistake target={target} subject={subject} editHref={report?.editHref} markdownSlug={article.slug} />
      </div>
      <PathNav previous={previous} next={next} />
    </article>
  );
}
