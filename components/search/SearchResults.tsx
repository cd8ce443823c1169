import controls from "./search-controls.module.css";
import styles from "./SearchResults.module.css";

/**
 * The search form and the place for its results. The form is plain HTML (GET /search?q=), so it
 * works without JavaScript; with it, the site's script (components/site-script.mjs) reads ?q=,
 * asks the Pagefind index and lists the articles found after the status line. Until it runs, the
 * page says that search needs JavaScript (which also covers a script that failed to load).
 */
export function SearchResults() {
  return (
    <>
      <form className={styles.form} role="search" aria-label="Articles" action="/search" method="get" data-search>
        <label htmlFor="search-query">Search the guide</label>
        <div className={styles.row}>
          <input className={controls.input} id="search-query" type="search" name="q" required />
          <button className={controls.button} type="submit">
            Search
          </button>
        </div>
      </form>
      <p className={styles.status} data-search-needs-js>
        Search needs JavaScript, which is off, blocked or still loading here. Every article is also listed under its
        topic below.
      </p>
      <p role="status" className={`search-status ${styles.status}`} />
    </>
  );
}
