"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useHydrated } from "../use-hydrated";
import { loadPagefind, searchArticles, type SearchHit } from "./pagefind";

type State = { query: string; status: "searching" } | { query: string; status: "done"; hits: SearchHit[] } | { query: string; status: "unavailable" };

const noSubscription = () => () => {};

/**
 * The search form and its results. The form is plain HTML (GET /search?q=), so it works without
 * JavaScript; with it, this leaf reads ?q=, asks the Pagefind index and lists the articles found.
 * Until it runs, the page says that search needs JavaScript.
 */
export function SearchResults() {
  // "" in the server HTML and during hydration; the real query right after.
  const query = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(location.search).get("q")?.trim() ?? "",
    () => "",
  );
  const hydrated = useHydrated();
  const [state, setState] = useState<State | undefined>();

  useEffect(() => {
    if (!query) return;
    let current = true;
    loadPagefind()
      .then((pagefind) => searchArticles(pagefind, query))
      .then(
        (hits) => current && setState({ query, status: "done", hits }),
        () => current && setState({ query, status: "unavailable" }),
      );
    return () => {
      current = false;
    };
  }, [query]);

  const shown = state?.query === query ? state : query ? ({ query, status: "searching" } as const) : undefined;
  return (
    <>
      <form className="search-form" role="search" aria-label="Articles" action="/search" method="get">
        <label htmlFor="search-query">Search the guide</label>
        <div className="search-form__row">
          {/* Keyed by the query so the box shows it once it is known. */}
          <input key={query} id="search-query" type="search" name="q" defaultValue={query} required />
          <button type="submit">Search</button>
        </div>
      </form>
      {!hydrated && <p className="search-status">Search needs JavaScript, which is off, blocked or still loading here. Every article is also listed under its topic below.</p>}
      <p role="status" className="search-status">
        {shown?.status === "searching" && "Searching…"}
        {shown?.status === "unavailable" && "Search is not available right now. Browse the topics instead."}
        {shown?.status === "done" &&
          (shown.hits.length === 0 ? `No articles found for “${shown.query}”.` : `${shown.hits.length} ${shown.hits.length === 1 ? "article" : "articles"} found for “${shown.query}”.`)}
      </p>
      {shown?.status === "done" && shown.hits.length > 0 && (
        <ol className="search-results">
          {shown.hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url}>{hit.title}</a>
              {hit.topic && <p className="eyebrow">{hit.topic}</p>}
              <p>
                {hit.snippet.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
