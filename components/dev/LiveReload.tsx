"use client";
// `next dev` only (app/layout.tsx renders it there alone): refreshes the open page when a content
// file is saved. router.refresh() fetches the page's server components again and merges them in,
// so scroll position and anything on `window` survive, unlike a reload. That re-renders the whole
// page (about a second in next dev), so a saved article's new text, sent with the event, is put in
// place first (applyArticlePatch, on the page showing that article only) and the refresh brings the rest.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import {
  applyArticlePatch,
  CONTENT_CHANGE_EVENT,
  CONTENT_CHANGES_PATH,
  CONTENT_VERSION_EVENT,
  type ContentChange,
} from "@/lib/live-reload";

/** `version`: the content version the page was rendered from (lib/content/content-changes.ts). */
export function LiveReload({ version }: { version: string }) {
  const router = useRouter();
  const rendered = useRef(version);
  useEffect(() => {
    rendered.current = version;
  }, [version]);
  useEffect(() => {
    const events = new EventSource(CONTENT_CHANGES_PATH);
    events.addEventListener(CONTENT_CHANGE_EVENT, (event) => {
      const { article } = JSON.parse(event.data) as ContentChange;
      if (article) applyArticlePatch(document, article);
      router.refresh();
    });
    // On each (re)connection: a save made before it was missed if the versions differ.
    events.addEventListener(CONTENT_VERSION_EVENT, (event) => {
      if (event.data !== rendered.current) router.refresh();
    });
    return () => events.close();
  }, [router]);
  return null;
}
