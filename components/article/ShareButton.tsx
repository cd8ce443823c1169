"use client";
import { COPIED, COPY_FAILED, copyText, useHydrated, useStatusMessage } from "./link-actions";

/** Opens the system share sheet where the browser has one (phones), and copies the link elsewhere. */
export function ShareButton({ url, title }: { url: string; title: string }) {
  const hydrated = useHydrated();
  const [message, announce] = useStatusMessage();
  async function share() {
    if (typeof navigator.share === "function") {
      try {
        return await navigator.share({ title, url });
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Any other failure falls back to copying.
        if ((error as Error).name === "AbortError") return;
      }
    }
    announce((await copyText(url)) ? COPIED : COPY_FAILED);
  }
  return (
    <p className="link-actions link-actions--share">
      {hydrated ? (
        <button type="button" className="link-button" onClick={share}>
          Share<span className="visually-hidden"> this article</span>
        </button>
      ) : (
        // Until the button can work, an invisible stand-in of its size keeps its place: no layout shift.
        <span className="link-button link-button--placeholder" aria-hidden="true">
          Share
        </span>
      )}
      <span role="status" className="link-status">
        {message}
      </span>
    </p>
  );
}
