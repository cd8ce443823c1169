import { articleMarkdownPath } from "@/lib/routes";
import { reportEmailHref, reportHref, type ReportSubject, type ReportTarget } from "@/lib/report";
import styles from "./ReportMistake.module.css";

/**
 * The end of a page: how to report a mistake in it (the page's address goes with the report), the
 * Markdown file for editors when the repository is set, and the page's Markdown copy. Plain links.
 */
export function ReportMistake({
  target,
  subject,
  editHref,
  markdownSlug,
}: {
  target: ReportTarget;
  subject: ReportSubject;
  editHref?: string;
  markdownSlug?: string;
}) {
  const href = reportHref(target, subject);
  if (!href && !editHref && !markdownSlug) return null;
  return (
    <section className={styles.feedback} aria-labelledby="page-feedback" data-pagefind-ignore>
      <h2 id="page-feedback">Spotted a mistake?</h2>
      {href && (
        <p>
          Tell us about a wrong fact, an outdated source or a broken link:{" "}
          <a href={href}>Report a mistake on this page</a>
          {target.url && target.email && (
            <>
              {" "}
              or <a href={reportEmailHref(target.email, subject)}>send it by email</a>
            </>
          )}
          .{href === target.about && " Please give this page’s address and the section."}
        </p>
      )}
      {(editHref || markdownSlug) && (
        <p className={styles.more}>
          {editHref && <a href={editHref}>Edit this page</a>}
          {editHref && markdownSlug && " · "}
          {markdownSlug && <a href={articleMarkdownPath(markdownSlug)}>This page as Markdown</a>}
        </p>
      )}
    </section>
  );
}

/** A small link at the end of a section that reports a mistake in that section. */
export function SectionReport({ href, title }: { href: string; title: string }) {
  return (
    <p className={styles.sectionReport} data-pagefind-ignore>
      <a href={href}>
        Report a mistake in this section<span className="visually-hidden">: “{title}”</span>
      </a>
    </p>
  );
}
