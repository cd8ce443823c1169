import type { Page } from "@/lib/content";
import { formatDate, isoDate } from "@/lib/format";
import { absoluteUrl } from "@/lib/site";
import { HtmlContent } from "../HtmlContent";
import { ArticleSection } from "../article/ArticleSection";
// The same column (and wide-screen grid) as an article.
import styles from "../article/ArticleView.module.css";

/** A stand-alone Markdown page such as About. */
export function PageView({ page }: { page: Page }) {
  return (
    <article className={styles.article}>
      <header>
        <h1>{page.meta.title}</h1>
        <p className="lede">{page.meta.description}</p>
        <p className="meta">
          Last updated <time dateTime={isoDate(page.meta.updated)}>{formatDate(page.meta.updated)}</time>
        </p>
      </header>
      {page.intro && <HtmlContent className="prose intro" html={page.intro.html} />}
      {page.sections.map((section) => (
        <ArticleSection key={section.id} section={section} pageUrl={absoluteUrl(`/${page.slug}`)} />
      ))}
    </article>
  );
}
