import { shortCitation, type Article } from "@/lib/content";
import styles from "./SourceLinks.module.css";

/** "Sources: Alam 2014, Harris 2015", each linked to the article's reference list. */
export function SourceLinks({ article, ids }: { article: Article; ids: readonly string[] | undefined }) {
  const references = (ids ?? []).flatMap((id) => article.references.filter((reference) => reference.source.id === id));
  if (references.length === 0) return null;
  return (
    <span className={styles.links}>
      {references.length === 1 ? "Source: " : "Sources: "}
      {references.map(({ source }, index) => (
        <span key={source.id}>
          {index > 0 && ", "}
          <a href={`/articles/${article.slug}#ref-${source.id}`} title={source.title}>
            {shortCitation(source)}
          </a>
        </span>
      ))}
    </span>
  );
}
