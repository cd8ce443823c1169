import type { Section } from "@/lib/content";
import { HtmlContent } from "../HtmlContent";
import { CopyLinkButton } from "./CopyLinkButton";
import styles from "./ArticleSection.module.css";

/**
 * One ## section: a heading with a visible link to itself (works without JavaScript), a button
 * that copies that link (appears once JavaScript runs), its sanitized HTML, then any extra parts.
 */
export function ArticleSection({ section, pageUrl, children }: { section: Section; pageUrl: string; children?: React.ReactNode }) {
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
    </section>
  );
}
