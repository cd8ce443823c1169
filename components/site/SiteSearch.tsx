import controls from "@/components/search/search-controls.module.css";
import styles from "./SiteSearch.module.css";

/** The header's search box: a plain GET form to /search, so it works before and without JavaScript. */
export function SiteSearch({ className }: { className?: string }) {
  return (
    <form
      className={className ? `${styles.search} ${className}` : styles.search}
      role="search"
      aria-label="Site"
      action="/search"
      method="get"
    >
      <label htmlFor="site-search-query" className="visually-hidden">
        Search the guide
      </label>
      <input className={controls.input} id="site-search-query" type="search" name="q" placeholder="Search" required />
      <button className={controls.button} type="submit">
        Search
      </button>
    </form>
  );
}
