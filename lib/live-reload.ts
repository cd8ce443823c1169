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
