import type { GlossaryTerm } from "@/lib/content";
import styles from "./GlossaryList.module.css";

/** Every term with its definition; each entry is the target of /glossary#<id>. */
export function GlossaryList({ terms }: { terms: readonly GlossaryTerm[] }) {
  return (
    <dl className={styles.glossary}>
      {terms.map((term) => (
        <div key={term.id} id={term.id} className={styles.entry}>
          <dt>
            <dfn>{term.term}</dfn>
            {term.aliases && term.aliases.some((alias) => alias === alias.toUpperCase()) && (
              <> ({term.aliases.filter((alias) => alias === alias.toUpperCase()).join(", ")})</>
            )}
          </dt>
          <dd>
            {term.definition}
            {term.more && (
              <>
                {" "}
                <a href={term.more}>
                  Read more<span className="visually-hidden"> about {term.term.toLowerCase()}</span>
                </a>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
