import type { Section } from "@/lib/content";
import { HtmlContent } from "../HtmlContent";

/** One ## section: a heading with a visible link to itself, its sanitized HTML, then any extra parts. */
export function ArticleSection({ section, children }: { section: Section; children?: React.ReactNode }) {
  return (
    <section className="article-section" aria-labelledby={section.id}>
      <h2 id={section.id}>
        {section.title}{" "}
        <a className="heading-anchor" href={`#${section.id}`}>
          <span aria-hidden="true">#</span>
          <span className="visually-hidden">Link to the section “{section.title}”</span>
        </a>
      </h2>
      <HtmlContent className="prose" html={section.html} />
      {children}
    </section>
  );
}
