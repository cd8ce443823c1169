// @ts-check
// The site's only JavaScript, served as /site.js (app/site.js/route.ts) and loaded by every page
// as a module (app/layout.tsx). Progressive enhancement of server-rendered markup: the pages read
// and work without it. It turns the invisible placeholders of the copy-link and share buttons
// into buttons, and on /search reads ?q=, asks the Pagefind index and lists what it found.
// No framework, no inline script, no innerHTML: it builds every node with the DOM API, so it runs
// under `script-src 'self'`. Plain JavaScript checked by TypeScript (// @ts-check), so that what
// the browser gets is exactly this file; tests/unit/site-script.test.ts covers its pure parts.

export const COPIED = "Link copied";
export const COPY_FAILED = "Could not copy; the link is in the address bar";
const PAGEFIND = "/pagefind/pagefind.js";
const MAX_HITS = 20;

/** @type {Record<string, string>} */
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", apos: "'" };
const decode = (/** @type {string} */ text) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, /** @type {string} */ name) => ENTITIES[name] ?? "");

/**
 * Pagefind's excerpt is HTML with <mark> around matches; split it into text parts instead of
 * injecting it.
 * @param {string} excerpt
 * @returns {{ text: string, marked: boolean }[]}
 */
export function snippetParts(excerpt) {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith("<mark>");
      return { text: decode((marked ? part.slice(6, -7) : part).replace(/<[^>]*>/g, "")), marked };
    });
}

/**
 * An element with its class, attributes and children (strings become text, never markup).
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Puts text on the clipboard; false when the browser refuses (no permission, insecure page). */
async function copyText(/** @type {string} */ text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Says `message` in the status region (read out by screen readers), then clears it, so it can be said again. */
function announce(/** @type {Element | null} */ status, /** @type {string} */ message) {
  if (!(status instanceof HTMLElement)) return;
  clearTimeout(Number(status.dataset.timer));
  status.textContent = message;
  status.dataset.timer = String(setTimeout(() => (status.textContent = ""), 4000));
}

/**
 * Copy-link (a section's address) and share (the article's) buttons. The server renders each as
 * <span data-link-action="copy|share" data-url data-label> holding an
 * invisible placeholder of the button's size and a status region; the button takes the
 * placeholder's place, so nothing moves.
 */
function enhanceLinkActions() {
  for (const actions of document.querySelectorAll("[data-link-action]")) {
    if (!(actions instanceof HTMLElement)) continue;
    const { linkAction: kind, url = "", label = "" } = actions.dataset;
    const placeholder = actions.querySelector(".link-button--placeholder");
    const status = actions.querySelector("[role=status]");
    if (!placeholder || (kind !== "copy" && kind !== "share")) continue;
    const hidden = kind === "copy" ? ` to the section “${label}”` : " this article";
    const button = element("button", { type: "button", class: "link-button" }, [
      kind === "copy" ? "Copy link" : "Share",
      element("span", { class: "visually-hidden" }, [hidden]),
    ]);
    button.addEventListener("click", async () => {
      if (kind === "share" && typeof navigator.share === "function") {
        try {
          return await navigator.share({ title: label, url });
        } catch (error) {
          // The reader closed the share sheet: nothing to do. Any other failure falls back to copying.
          if (error instanceof Error && error.name === "AbortError") return;
        }
      }
      if (await copyText(url)) return announce(status, COPIED);
      // Without the clipboard, put a section's link in the address bar for the reader to copy.
      if (kind === "copy") history.replaceState(null, "", new URL(url).hash);
      announce(status, COPY_FAILED);
    });
    placeholder.replaceWith(button);
  }
}

/**
 * @typedef {{ search(query: string): Promise<{ results: { data(): Promise<{ url: string, excerpt: string, meta: Record<string, string | undefined> }> }[] } | null> }} Pagefind
 */

/**
 * The search page: the server renders the form (GET /search?q=), a note that search needs
 * JavaScript and an empty status region; this fills in the query, asks Pagefind and lists
 * the articles found after the status.
 */
async function enhanceSearch() {
  const form = document.querySelector("form[data-search]");
  const input = form?.querySelector("input[name=q]");
  const status = document.querySelector(".search-status[role=status]");
  if (!form || !(input instanceof HTMLInputElement) || !status) return;
  document.querySelector("[data-search-needs-js]")?.remove();
  const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";
  if (!query) return;
  input.value = query;
  status.textContent = "Searching…";
  let hits;
  try {
    /** @type {Pagefind} */
    const pagefind = await import(PAGEFIND);
    const search = await pagefind.search(query);
    hits = await Promise.all((search?.results ?? []).slice(0, MAX_HITS).map((result) => result.data()));
  } catch {
    status.textContent = "Search is not available right now. Browse the topics instead.";
    return;
  }
  status.textContent =
    hits.length === 0
      ? `No articles found for “${query}”.`
      : `${hits.length} ${hits.length === 1 ? "article" : "articles"} found for “${query}”.`;
  if (hits.length === 0) return;
  const list = element(
    "ol",
    { class: "search-results" },
    hits.map(({ url, excerpt, meta }) =>
      element("li", {}, [
        element("a", { href: url }, [meta.title ?? url]),
        ...(meta.topic ? [element("p", { class: "eyebrow" }, [meta.topic])] : []),
        element(
          "p",
          {},
          snippetParts(excerpt).map((part) => (part.marked ? element("mark", {}, [part.text]) : part.text)),
        ),
      ]),
    ),
  );
  status.after(list);
}

// In `next dev` the framework's own scripts run on the page and hydrate it; changing the markup
// under React would fight its hydration, so this stands down there (the production build has no
// framework script, so it always runs).
if (typeof document !== "undefined" && !("__next_f" in self)) {
  enhanceLinkActions();
  void enhanceSearch();
}
