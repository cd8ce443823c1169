"use client";
import { COPIED, COPY_FAILED, copyText, useHydrated, useStatusMessage } from "./link-actions";

/** Copies the absolute address of one section (url ends in #id) and says so to every reader. */
export function CopyLinkButton({ url, label }: { url: string; label: string }) {
  const hydrated = useHydrated();
  const [message, announce] = useStatusMessage();
  async function copy() {
    if (await copyText(url)) return announce(COPIED);
    // Without the clipboard, put the section link in the address bar for the reader to copy.
    history.replaceState(null, "", new URL(url).hash);
    announce(COPY_FAILED);
  }
  return (
    <span className="link-actions">
      {hydrated ? (
        <button type="button" className="link-button" onClick={copy}>
          Copy link<span className="visually-hidden"> to the section “{label}”</span>
        </button>
      ) : (
        // Until the button can work, an invisible stand-in of its size keeps its place: no layout shift.
        <span className="link-button link-button--placeholder" aria-hidden="true">
          Copy link
        </span>
      )}
      <span role="status" className="link-status">
        {message}
      </span>
    </span>
  );
}
