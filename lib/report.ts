// "Report a mistake" and "Edit this page" links (README "Reporting a mistake"). Pure: the target
// comes in (reportTarget() reads it from the settings), so tests can give any.
import { settings } from "./settings.mjs";

/** Where reports go: an issue tracker's new-issue address, an email address, or both; neither: About. */
export interface ReportTarget {
  url?: string;
  email?: string;
  /** Where to send readers when neither is set: About's "Report a mistake" section (About itself when it lacks one). */
  about?: string;
}

/** The About section that says how to report a mistake: where links go when no target is set. */
export const ABOUT_REPORT_ID = "report-a-mistake";
export const ABOUT_REPORT_PATH = `/about#${ABOUT_REPORT_ID}`;

/** The target the settings give; lib/content's getReportTarget() adds About for when they give none. */
export function reportTarget(): ReportTarget {
  const { REPORT_URL, REPORT_EMAIL } = settings();
  return { url: REPORT_URL, email: REPORT_EMAIL };
}

/** What a report is about: the page's absolute address and title, and the section when there is one. */
export interface ReportSubject {
  pageUrl: string;
  pageTitle: string;
  section?: { id: string; title: string };
}

function reportTitle({ pageTitle, section }: ReportSubject): string {
  return section ? `Mistake on “${pageTitle}”, section “${section.title}”` : `Mistake on “${pageTitle}”`;
}

function reportBody({ pageUrl, section }: ReportSubject): string {
  return [
    `Page: ${section ? `${pageUrl}#${section.id}` : pageUrl}`,
    ...(section ? [`Section: ${section.title} (#${section.id})`] : []),
    "",
    "What is wrong:",
    "",
    "",
    "A source that shows it (a link, DOI or PubMed number), if you have one:",
    "",
  ].join("\n");
}

/** mailto: with subject and body; spaces as %20, since mail programs do not read "+" as a space. */
export function reportEmailHref(email: string, subject: ReportSubject): string {
  return `mailto:${email}?subject=${encodeURIComponent(reportTitle(subject))}&body=${encodeURIComponent(reportBody(subject))}`;
}

/** The tracker's new-issue address with title and body (GitHub, Gitea and Forgejo read both), keeping its own query. */
export function reportUrlHref(url: string, subject: ReportSubject): string {
  const href = new URL(url);
  href.searchParams.set("title", reportTitle(subject));
  href.searchParams.set("body", reportBody(subject));
  return href.toString();
}

/** The link a "Report a mistake" link follows: the tracker, else the email address, else About; none without any. */
export function reportHref(target: ReportTarget, subject: ReportSubject): string | undefined {
  if (target.url) return reportUrlHref(target.url, subject);
  if (target.email) return reportEmailHref(target.email, subject);
  return target.about;
}

/**
 * "Edit this page": the repository's edit address with the file's path in the repository. An
 * article's file is shown relative to the project (content/articles/<slug>.md); one from a
 * content folder elsewhere is taken to live under content/articles/ like the site's own.
 */
export function editHref(editUrl: string | undefined, file: string): string | undefined {
  if (!editUrl) return undefined;
  const path = file.replaceAll("\\", "/");
  const inRepo =
    path.startsWith("/") || path.startsWith("../") || /^[A-Za-z]:\//.test(path)
      ? `content/articles/${path.split("/").at(-1)}`
      : path.replace(/^\.\//, "");
  return `${editUrl.endsWith("/") ? editUrl : `${editUrl}/`}${inRepo.split("/").map(encodeURIComponent).join("/")}`;
}
