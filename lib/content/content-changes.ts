// In `next dev`: watches the content root and streams each saved content file to the open pages
// as a server-sent event, so that they refresh themselves (components/dev/LiveReload.tsx). The
// loader notices the change by itself (load.ts compares modification times and re-parses only
// what changed), so the watcher only has to say "something changed"; any change refreshes every
// open page, since the errors panel on every page lists every file's errors. A saved article that
// parses without errors also comes with its new text (articlePatch), which the page showing it puts
// in place at once: the refresh re-renders the whole page, which takes next dev about a second.
import { createHash } from "node:crypto";
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CONTENT_CHANGE_EVENT, CONTENT_VERSION_EVENT, type ArticlePatch, type ContentChange } from "../live-reload";
import { articlesDir, contentRoot, latestArticle } from "./load";

/** What the loader reads: Markdown, the registry's YAML and JSON. Editors' swap and backup files are not. */
const CONTENT_FILE = /\.(md|ya?ml|json)$/i;
/** An editor's save can be several writes (truncate, write, rename): wait this long for the last one. */
const SETTLE_MS = 15;
/** A comment now and then, so that a connection the browser dropped without a word is noticed. */
const KEEPALIVE_MS = 30_000;

type Listener = (file: string) => void;

/** A short hash of every content file's name, size and modification time: what a page was rendered from. */
export function contentVersion(root = contentRoot()): string {
  const hash = createHash("sha256");
  let names: string[] = [];
  try {
    names = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => CONTENT_FILE.test(name)).sort();
  } catch {
    // no content root: the loader reports it
  }
  for (const name of names) {
    try {
      const stats = statSync(join(root, name));
      hash.update(`${name}\0${stats.size}\0${stats.mtimeMs}\0`);
    } catch {
      hash.update(`${name}\0missing\0`);
    }
  }
  return hash.digest("base64url").slice(0, 16);
}

/**
 * A saved article's new title, description and sections, exactly as its page renders them (the
 * loader's parse: the same transforms and sanitizer), or undefined for any other file and for an
 * article with errors (the page's refresh lists them). Parses the saved file alone (load.ts, latestArticle).
 */
export function articlePatch(root: string, name: string): ArticlePatch | undefined {
  const path = join(root, name);
  if (!/\.md$/i.test(name) || dirname(path) !== articlesDir(root)) return undefined;
  const slug = basename(path).replace(/\.md$/i, "");
  try {
    const { article, errors } = latestArticle(root, path);
    if (!article || errors.length > 0) return undefined;
    return {
      slug,
      title: article.meta.title,
      description: article.meta.description,
      intro: article.intro?.html,
      sections: article.sections.map((section) => ({
        id: section.id,
        html: section.parts.flatMap((part) => ("html" in part ? [part.html] : [])),
      })),
    };
  } catch {
    return undefined; // the refresh shows what went wrong
  }
}

// Next gives the event stream's route a copy of the loader of its own, which has loaded nothing
// (a first save would parse every file) and whose parses the pages never see. The copy that
// renders pages leaves its articlePatch here (pageContentVersion), so that a saved article is
// parsed once, by it: the page's refresh then finds that parse ready. On globalThis, as below.
const pageLoader: { articlePatch?: typeof articlePatch } = ((globalThis as { __pageLoader?: { articlePatch?: typeof articlePatch } }).__pageLoader ??= {});

/**
 * The content version a page is rendered from (the layout, in next dev only), and from then on
 * this copy of the loader makes the live reload's patches (see pageLoader).
 */
export function pageContentVersion(root = contentRoot()): string {
  pageLoader.articlePatch = articlePatch;
  return contentVersion(root);
}

interface Watch {
  watcher: FSWatcher;
  listeners: Set<Listener>;
}

// One watcher per content root for the whole server, kept on globalThis: Next may load this
// module more than once (per route, and again after an edit to the code).
const watches: Map<string, Watch> = ((globalThis as { __contentWatches?: Map<string, Watch> }).__contentWatches ??= new Map());

/** Calls `listener` with the path (relative to the root) of each content file saved; returns the unsubscribe. */
export function onContentChange(root: string, listener: Listener): () => void {
  let entry = watches.get(root);
  if (!entry) {
    const listeners = new Set<Listener>();
    const pending = new Map<string, NodeJS.Timeout>();
    const watcher = watch(root, { recursive: true }, (_event, name) => {
      if (!name || !CONTENT_FILE.test(name)) return;
      clearTimeout(pending.get(name));
      pending.set(
        name,
        setTimeout(() => {
          pending.delete(name);
          for (const notify of listeners) notify(name);
        }, SETTLE_MS),
      );
    });
    watcher.on("error", () => watches.delete(root)); // the root went away; the next page load starts a new watcher
    entry = { watcher, listeners };
    watches.set(root, entry);
  }
  const current = entry;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.watcher.close();
      if (watches.get(root) === current) watches.delete(root);
    }
  };
}

/** The event stream of one open page: an event per saved content file, until the page goes. */
export function contentChangeStream(signal: AbortSignal, root = contentRoot()): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // the stream is closed
        }
      };
      // retry: reconnect quickly after the dev server restarts.
      send(`retry: 500\n\nevent: ${CONTENT_VERSION_EVENT}\ndata: ${contentVersion(root)}\n\n`);
      const unsubscribe = onContentChange(root, (file) => {
        const change: ContentChange = { file, article: (pageLoader.articlePatch ?? articlePatch)(root, file) };
        send(`event: ${CONTENT_CHANGE_EVENT}\ndata: ${JSON.stringify(change)}\n\n`);
      });
      const keepalive = setInterval(() => send(": keepalive\n\n"), KEEPALIVE_MS);
      stop = () => {
        clearInterval(keepalive);
        unsubscribe();
      };
      signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      stop();
    },
  });
  // no-transform: a compressing layer would hold the events back until its buffer fills.
  return new Response(body, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" } });
}
