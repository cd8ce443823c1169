import type { Citing } from "@/lib/content";
import { articlePath } from "@/lib/routes";

/** Every article section and claim that cites the work, linked, so a reader can go back to where they came from. */
export function CitedBy({ citedBy }: { citedBy: readonly Citing[] }) {
  if (citedBy.length === 0) return <p>No article cites this source yet.</p>;
  return (
    <ul className="cited-by">
      {citedBy.map((citing) => (
        <li key={citing.slug}>
          <a href={articlePath(citing.slug)}>{citing.title}</a>
          {(citing.sections.length > 0 || citing.claims.length > 0 || citing.intro) && (
            <ul>
              {citing.intro && <li>its introduction</li>}
              {citing.sections.map((section) => (
                <li key={section.id}>
                  section <a href={`${articlePath(citing.slug)}#${section.id}`}>{section.title}</a>
                </li>
              ))}
              {citing.claims.map((claim) => (
                <li key={claim}>
                  the claim “{claim}” in its{" "}
                  <a href={`${articlePath(citing.slug)}#evidence-table-title`}>evidence table</a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
