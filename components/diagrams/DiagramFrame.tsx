import type { Reference } from "@/lib/content";
import { shortCitation } from "@/lib/content";
import { studyPath } from "@/lib/routes";
import styles from "./Diagram.module.css";

/**
 * Every drawing's frame: a <figure> whose SVG is one image named by its <title> and described by its
 * <desc>, a caption that names the method and links each source's study page, and the same facts as
 * a list for readers who cannot see the drawing (a <details>, so it needs no JavaScript).
 */
export function DiagramFrame({
  id,
  title,
  description,
  width,
  height,
  lines,
  caption,
  sources,
  references,
  children,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  /** The text alternative: what the drawing shows, one fact a line. */
  lines: readonly string[];
  caption: React.ReactNode;
  sources: readonly string[];
  references: readonly Reference[];
  children: React.ReactNode;
}) {
  const cited = sources.flatMap((source) => references.filter((reference) => reference.source.id === source));
  return (
    <figure className={styles.figure} id={id} data-figure={id.replace(/^figure-/, "")}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <details className={styles.asText}>
        <summary>The figure as text</summary>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <figcaption className={styles.caption}>
        {caption}
        {cited.length > 0 && (
          <p>
            {cited.length === 1 ? "Source: " : "Sources: "}
            {cited.map(({ source, number }, index) => (
              <span key={source.id}>
                {index > 0 && "; "}
                <a href={studyPath(source.id)} title={source.title}>
                  {shortCitation(source)}
                </a>{" "}
                <a href={`#ref-${source.id}`} aria-label={`Reference ${number}`}>
                  [{number}]
                </a>
              </span>
            ))}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
