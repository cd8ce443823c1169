"use client";
// `next dev` only (app/layout.tsx renders it there alone): refreshes the open page when a content
// file is saved. router.refresh() fetches the page's server components again and merges them in,
// so scroll position and anything on `window` survive, unlike a reload. That re-renders the whole
// page (about a second in next dev, during which the dev server can do nothing else, not even
// notice the next save), so a saved article's new text, sent with the event, is put in place first
// (applyArticlePatch, on the page showing that article only) and the refresh that brings the rest
// (contents, references, figures, other pages' lists) waits until the saves pause. Any other save
// (a registry entry, the glossary, a file with errors) refreshes at once.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import {
  applyArticlePatch,
  CONTENT_CHANGE_EVENT,
  CONTENT_CHANGES_PATH,
  CONTENT_VERSION_EVENT,
  type ContentChange,
} from "@/lib/live-reload";

/** After an article's save with its patch, the refresh waits this long for another save (an editor's autosave may save every second). */
const REFRESH_AFTER_PATCH_MS = 1000;

/** `version`: the content version the page was rendered from (lib/content/content-changes.ts). */
export function LiveReload({ version }: { version: string }) {
  const router = useRouter();
  const rendered = useRef(version);
  useEffect(() => {
    rendered.current = version;
  }, [version]);
  useEffect(() => {
    let later: ReturnType<typeof setTimeout> | undefined;
    const refresh = (delay = 0) => {
      clearTimeout(later);
      if (delay > 0) later = setTimeout(() => router.refresh(), delay);
      else router.refresh();
    };
    const events = new EventSource(CONTENT_CHANGES_PATH);
    events.addEventListener(CONTENT_CHANGE_EVENT, (event) => {
      const { article } = JSON.parse(event.data) as ContentChange;
      if (article) applyArticlePatch(document, article);
      refresh(article ? REFRESH_AFTER_PATCH_MS : 0);
    });
    // On each (re)connection: a save made before it was missed if the versions differ.
    events.addEventListener(CONTENT_VERSION_EVENT, (event) => {
      if (event.data !== rendered.current) refresh();
    });
    return () => {
      clearTimeout(later);
      events.close();
    };
  }, [router]);
  return null;
}
