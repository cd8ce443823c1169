import { Fragment } from "react";
import type { Section } from "@/lib/content";
import type { FigureName } from "@/lib/diagrams/names";
import { HtmlContent } from "../HtmlContent";
import { SectionReport } from "../site/ReportMistake";
import { CopyLinkButton } from "./CopyLinkButton";
import styles from "./ArticleSection.module.css";

/**
 * One ## section: a heading with a visible link to itself (works without JavaScript), a button
 * that copies that link (appears once JavaScript runs), its sanitized HTML with any figures placed in it, then any extra parts
 * and a link that reports a mistake in this section.
 */
export function ArticleSection({
  section,
  pageUrl,
  reportHref,
  figure,
  children,
}: {
  section: Section;
  pageUrl: string;
  reportHref?: string;
  /** Draws a figure that a `::figure` line placed in the section (components/diagrams). */
  figure?: (name: FigureName) => React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <section className={styles.section} aria-labelledby={section.id}>
      <div className={styles.heading}>
        <h2 id={section.id}>
          {section.title}{" "}
          <a className={styles.anchor} href={`#${section.id}`} data-pagefind-ignore>
            <span aria-hidden="true">#</span>
            <span className="visually-hidden">Link to the section “{section.title}”</span>
          </a>
        </h2>
        <CopyLinkButton url={`${pageUrl}#${section.id}`} label={section.title} />
      </div>
      {section.parts.map((part, index) =>
        "figure" in part ? (
          <Fragment key={`figure-${part.figure}`}>{figure?.(part.figure)}</Fragment>
        ) : (
          <HtmlContent key={`html-${index}`} className="prose" html={part.html} />
        ),
      )}
      {children}
      {reportHref && <SectionReport href={reportHref} title={section.title} />}
    </section>
  );
}
