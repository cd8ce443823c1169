import Link from "next/link";
import type { Claim, EvidenceGrade, Reference } from "@/lib/content";
import styles from "./EvidenceTable.module.css";

const GRADE_LABEL: Record<EvidenceGrade, string> = {
  strong: "Strong",
  moderate: "Moderate",
  limited: "Limited",
  "not-shown": "Not shown",
};

const TITLE_ID = "evidence-table-title";

/** The graded claims table, from the article's `claims` front matter. */
export function EvidenceTable({ claims, references }: { claims: readonly Claim[]; references: readonly Reference[] }) {
  const numberOf = new Map(references.map((reference) => [reference.source.id, reference.number]));
  // The title sits outside the scroll box so that it never scrolls out of sight on a phone.
  return (
    <div>
      <p className={styles.title} id={TITLE_ID}>
        How strong the evidence is for each claim
      </p>
      <div className={styles.scroll} role="region" aria-labelledby={TITLE_ID} tabIndex={0}>
        <table className={styles.table} aria-labelledby={TITLE_ID}>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Evidence</th>
              <th scope="col">Why</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.claim}>
                <th scope="row">{claim.claim}</th>
                <td>
                  <span className={styles.grade} data-grade={claim.grade}>
                    {GRADE_LABEL[claim.grade]}
                  </span>
                </td>
                <td>{claim.reason}</td>
                <td>
                  {claim.sources.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ", "}
                      <a href={`#ref-${id}`} aria-label={`Reference ${numberOf.get(id)}`}>
                        [{numberOf.get(id)}]
                      </a>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="meta">
        A grade never goes above what the kinds of study behind it allow: see{" "}
        <Link href="/studies#grading">how we grade the evidence</Link>.
      </p>
    </div>
  );
}
