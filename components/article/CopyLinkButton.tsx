import styles from "./link-actions.module.css";

/**
 * Copies the absolute address of one section (url ends in #id) and says so to every reader. The
 * server renders an invisible stand-in of the button's size (no layout shift when it comes); the
 * site's script (components/site-script.mjs) puts the working button in its place. Without
 * JavaScript there is no button that would do nothing: the heading's own # link remains.
 */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
  return (
    <span className={styles.actions} data-link-action="copy" data-url={url} data-label={label}>
      <span className="link-button link-button--placeholder" aria-hidden="true">
        Copy link
      </span>
      <span role="status" className={styles.status} />
    </span>
  );
}
