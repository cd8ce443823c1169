import type { Section } from "@/lib/content";
import { HtmlContent } from "../HtmlContent";
import { SectionReport } from "../site/ReportMistake";
import { CopyLinkButton } from "./CopyLinkButton";
import styles from "./ArticleSection.module.css";

/**
 * One ## section: a heading with a visible link to itself (works without JavaScript), a button
 * that copies that link (appears once JavaScript runs), its sanitized HTML, then any extra parts
 * and a link that reports a mistake in this section.
 */
export function ArticleSection({ section, pageUrl, reportHref, children }: { section: Section; pageUrl: string; reportHref?: string; children?: React.ReactNode }) {
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
      <HtmlContent className="prose" html={section.html} />
      {children}
      {reportHref && <SectionReport href={reportHref} title={section.title} />}
    </section>
  );
}
