// The one way the tests, the bench and Lighthouse start Chromium: Debian's build at the path the
// settings name, with the flags that keep it from reaching for a network this machine does not have.
import { chromium, type Browser } from "playwright-core";
import { settings } from "../lib/settings.mjs";

/** Flags for every Chromium the project starts (playwright's or Lighthouse's chrome-launcher). */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

export function chromiumPath(): string {
  return settings().CHROMIUM_PATH;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] });
}
