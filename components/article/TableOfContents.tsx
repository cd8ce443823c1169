import type { Section } from "@/lib/content";
import styles from "./TableOfContents.module.css";

export function TableOfContents({ sections }: { sections: readonly Section[] }) {
  return (
    <nav className={styles.toc} aria-label="Contents" data-pagefind-ignore>
      <h2 className={styles.title}>Contents</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
        <li>
          <a href="#references">References</a>
        </li>
      </ol>
    </nav>
  );
}
