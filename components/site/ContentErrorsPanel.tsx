import { contentErrorsForDevelopment } from "@/lib/content";
import styles from "./ContentErrorsPanel.module.css";

/** In `next dev` only: the content errors, listed at the top of every page until fixed. */
export function ContentErrorsPanel() {
  const errors = contentErrorsForDevelopment();
  if (errors.length === 0) return null;
  return (
    <section className={styles.panel} role="alert" aria-labelledby="content-errors-title">
      <h2 id="content-errors-title">
        {errors.length === 1
          ? "1 content error: fix it before publishing"
          : `${errors.length} content errors: fix them before publishing`}
      </h2>
      <p>Files with errors are left out of the site until they are fixed. The production build refuses to run.</p>
      <ul>
        {errors.map((error) => (
          <li key={error.message}>
            <code>{error.message}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
