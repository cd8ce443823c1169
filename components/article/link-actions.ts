// Shared by the copy-link and share buttons (client leaves). Not a client entry itself.
import { useCallback, useEffect, useRef, useState } from "react";

// Until hydrated the buttons render an invisible stand-in, so a reader without JavaScript never sees
// one that does nothing, and the page does not move when they appear.
export { useHydrated } from "../use-hydrated";

/** Puts text on the clipboard; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export const COPIED = "Link copied";
export const COPY_FAILED = "Could not copy; the link is in the address bar";

/** A message for an aria-live status region that clears itself, so the same message can be announced again. */
export function useStatusMessage(): [string, (message: string) => void] {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(""), 4000);
  }, []);
  return [message, announce];
}
