import styles from "./link-actions.module.css";

/**
 * Opens the system share sheet where the browser has one (phones), and copies the link elsewhere.
 * Rendered as an invisible stand-in of the button's size; the site's script
 * (components/site-script.mjs) puts the working button in its place.
 */
export function ShareButton({ url, title }: { url: string; title: string }) {
  return (
    <p className={`${styles.actions} ${styles.share}`} data-link-action="share" data-url={url} data-label={title}>
      <span className="link-button link-button--placeholder" aria-hidden="true">
        Share
      </span>
      <span role="status" className={styles.status} />
    </p>
  );
}
