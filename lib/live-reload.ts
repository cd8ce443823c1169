// Where `next dev` tells open pages that content was saved (issue 19). Client-safe: the dev-only
// component that listens (components/dev/LiveReload.tsx) imports it, so it imports nothing.

/** The dev server's stream of content changes (app/dev/content-changes/route.dev.ts); no production build has it. */
export const CONTENT_CHANGES_PATH = "/dev/content-changes";

/** Server-sent event: a content file was saved, added or removed. */
export const CONTENT_CHANGE_EVENT = "content-change";

/**
 * Server-sent event, first on every connection: the content's version now. A page rendered from
 * another version missed a save (made while it loaded, or while the server restarted) and refreshes.
 */
export const CONTENT_VERSION_EVENT = "content-version";

/**
 * In a CONTENT_CHANGE_EVENT for a saved article that parsed without errors: its new text as its
 * page renders it (the same parse and sanitized HTML the server components get), so that the open
 * page can show it before router.refresh() brings the rest (contents, references, figures).
 */
export interface ArticlePatch {
  slug: string;
  /** The page's <h1> and lede (components/article/ArticleHeader.tsx). */
  title: string;
  description: string;
  /** The introduction's HTML, when there is one. */
  intro: string | undefined;
  /** Each ## section by its heading id: the HTML of its prose parts in order (figures between them are left alone). */
  sections: { id: string; html: string[] }[];
}

/** A CONTENT_CHANGE_EVENT's data: the saved file (relative to the content root) and, for an article, its patch. */
export interface ContentChange {
  file: string;
  article?: ArticlePatch;
}

/** Replaces a text-only element's text in place, keeping its one text node (the one React updates). */
function setText(element: Element | null | undefined, text: string): void {
  const node = element?.childNodes.length === 1 ? element.firstChild : null;
  if (node?.nodeType === 3 && node.nodeValue !== text) node.nodeValue = text;
}

function setHtml(element: Element, html: string): void {
  if (element.innerHTML !== html) element.innerHTML = html;
}

/**
 * Puts a saved article's new text into the open page at once, if the page shows that article
 * (components/article/ArticleView.tsx); parts whose shape changed (a section added, a figure moved)
 * are left for router.refresh(). Returns whether the page shows the article.
 */
export function applyArticlePatch(doc: Document, patch: ArticlePatch): boolean {
  if (decodeURIComponent(doc.location.pathname) !== `/articles/${patch.slug}`) return false;
  const body = doc.querySelector("article [data-article-body]");
  const article = body?.closest("article");
  if (!body || !article) return false;
  setText(article.querySelector("header > h1"), patch.title);
  setText(article.querySelector("header > .lede"), patch.description);
  const intro = body.querySelector(":scope > .prose.intro");
  if (intro && patch.intro !== undefined) setHtml(intro, patch.intro);
  for (const { id, html } of patch.sections) {
    const section = [...body.querySelectorAll(":scope > section")].find(
      (element) => element.getAttribute("aria-labelledby") === id,
    );
    const prose = section ? [...section.children].filter((child) => child.classList.contains("prose")) : [];
    if (prose.length === html.length) prose.forEach((element, index) => setHtml(element, html[index]!));
  }
  return true;
}
