import type { Condition, Plan, TimelineStep } from "@/lib/content";
import styles from "./BasisTag.module.css";

type Basis = Plan["basis"] | Condition["basis"] | TimelineStep["basis"];

/** How a piece of advice is known: from research, or only from what clinics commonly do. */
const LABELS: Record<Basis, string> = {
  trials: "From trials",
  evidence: "From research",
  "mixed evidence": "Mixed, uncertain evidence",
  "clinic practice": "Clinic practice, not tested in trials",
  "common practice": "Common practice, not tested",
};

export function BasisTag({ basis }: { basis: Basis }) {
  const tested = basis === "trials" || basis === "evidence";
  return <span className={`${styles.basis} ${tested ? styles.tested : styles.practice}`}>{LABELS[basis]}</span>;
}
