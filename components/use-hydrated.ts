// For client leaves: whether the page has hydrated. Not a client entry itself.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server HTML and during hydration, true afterwards. Lets a leaf show a button only
 * once it can work, or a "needs JavaScript" note only until then (which also covers scripts that
 * failed to load, unlike <noscript>).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
