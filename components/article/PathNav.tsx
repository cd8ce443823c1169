import Link from "next/link";
import type { ArticleSummary } from "@/lib/content";

/** Previous and next article along the reader's path through the topics. */
export function PathNav({ previous, next }: { previous?: ArticleSummary; next?: ArticleSummary }) {
  if (!previous && !next) return null;
  return (
    <nav className="path-nav" aria-label="Previous and next article" data-pagefind-ignore>
      {previous && (
        <Link href={`/articles/${previous.slug}`} rel="prev" className="path-nav__previous">
          <span className="path-nav__label">Previous</span>
          {previous.meta.title}
        </Link>
      )}
      {next && (
        <Link href={`/articles/${next.slug}`} rel="next" className="path-nav__next">
          <span className="path-nav__label">Next</span>
          {next.meta.title}
        </Link>
      )}
    </nav>
  );
}
