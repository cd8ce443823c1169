import type { Article, TimelineStep } from "@/lib/content";
import { AftercareTimeline } from "./AftercareTimeline";
import styles from "./TimelineBox.module.css";

/** The timeline inside its article: a heading, the stages, and a link to the printable page. */
export function TimelineBox({ article, timeline }: { article: Article; timeline: readonly TimelineStep[] }) {
  return (
    <section className={styles.box} aria-labelledby="aftercare-timeline">
      <h2 id="aftercare-timeline">The timeline at a glance</h2>
      <p>
        Most of these timings are common clinic practice, not tested in trials. If your clinic gave you different
        advice, follow theirs. <a href={`/articles/${article.slug}/timeline`}>Printable one-page version</a>
      </p>
      <AftercareTimeline article={article} timeline={timeline} sectionHref={(id) => `#${id}`} />
    </section>
  );
}
