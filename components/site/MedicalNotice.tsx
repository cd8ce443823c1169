import styles from "./MedicalNotice.module.css";

export function MedicalNotice() {
  return (
    <p className={styles.notice}>
      <strong>Information, not medical advice.</strong> These pages explain what is known about microneedling. They cannot
      judge your skin or your health. Talk to a doctor, dermatologist or other qualified professional before you decide on
      treatment, and see one promptly if something goes wrong after it.
    </p>
  );
}
