import { MAIN_ID } from "@/lib/site";
import styles from "./SkipLink.module.css";

export function SkipLink() {
  return (
    <a className={styles.skipLink} href={`#${MAIN_ID}`}>
      Skip to main content
    </a>
  );
}
