import type { Article, TimelineStep } from "@/lib/content";
import { BasisTag } from "../tools/BasisTag";
import { SourceLinks } from "../tools/SourceLinks";
import styles from "./AftercareTimeline.module.css";

interface Props {
  article: Article;
  timeline: readonly TimelineStep[];
  /** On the article page the sections are "#id"; on the printable page they are full links. */
  sectionHref: (id: string) => string;
  /** Heading level of each stage: 3 under the article's h2, 2 on the printable page. */
  level?: 2 | 3;
}

/** The aftercare stages as a vertical timeline, from the article's `timeline` front matter. */
export function AftercareTimeline({ article, timeline, sectionHref, level = 3 }: Props) {
  const Stage = level === 2 ? "h2" : "h3";
  const List = level === 2 ? "h3" : "h4";
  return (
    <ol className={styles.timeline} data-timeline>
      {timeline.map((step) => (
        <li key={step.section} className={styles.step}>
          <Stage className={styles.when} data-timeline-when>
            {step.when}
          </Stage>
          {step.expect && (
            <p className={styles.expect}>
              <strong>What is normal:</strong> {step.expect} <SourceLinks article={article} ids={step.sources} />
            </p>
          )}
          <div className={styles.lists}>
            <div>
              <List>Do</List>
              <ul>
                {step.do.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            </div>
            {step.avoid && step.avoid.length > 0 && (
              <div>
                <List>Avoid</List>
                <ul>
                  {step.avoid.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <p className={styles.meta} data-timeline-more>
            <BasisTag basis={step.basis} /> <a href={sectionHref(step.section)}>More on {step.when.toLowerCase()}</a>
          </p>
        </li>
      ))}
    </ol>
  );
}
