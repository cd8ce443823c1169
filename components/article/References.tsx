import { type Reference } from "@/lib/content";
import { vancouver, sourceLinks } from "@/lib/content/sources/vancouver";
import { studyPath } from "@/lib/routes";
import styles from "./References.module.css";

/** The article's reference list: numbered by first citation, each in Vancouver style, with the paper's links and its study page. */
export function References({ references }: { references: readonly Reference[] }) {
  return (
    <section className={styles.references} aria-labelledby="references">
      <h2 id="references">References</h2>
      <ol>
        {references.map(({ number, source }) => (
          <li key={source.id} id={`ref-${source.id}`} value={number}>
            {vancouver(source)}{" "}
            <span className="reference-links">
              <a href={studyPath(source.id)}>{source.appraisal ? "What the study found" : "About this source"}</a>
              {sourceLinks(source).map((link) => (
                <span key={link.href}>
                  {" · "}
                  <a href={link.href} rel="noopener">
                    {link.label}
                  </a>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
