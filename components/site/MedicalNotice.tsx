import { MEDICAL_NOTICE } from "@/lib/site";
import styles from "./MedicalNotice.module.css";

export function MedicalNotice() {
  return (
    <p className={styles.notice}>
      <strong>{MEDICAL_NOTICE.lead}</strong> {MEDICAL_NOTICE.text}
    </p>
  );
}
