// The one place that renders HTML from content. The HTML was sanitized by
// lib/content (remark-html with an allow-list), never by this component.
export function HtmlContent({ html, className }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
