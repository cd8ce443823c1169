// The site's own script (components/site-script.mjs): its source, and the address pages load it
// from, which changes with its content so that browsers may keep it for a year.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the script is served (app/site.js/route.ts). */
export const SITE_SCRIPT_PATH = "/site.js";

/** The file the browser gets, as it is: plain JavaScript checked by TypeScript. */
export const SITE_SCRIPT_FILE = "components/site-script.mjs";

let source: string | undefined;

export function siteScriptSource(): string {
  source ??= readFileSync(join(process.cwd(), SITE_SCRIPT_FILE), "utf8");
  return source;
}

/** The address with a version from the content: /site.js?v=<12 hex digits>. */
export function siteScriptUrl(): string {
  return `${SITE_SCRIPT_PATH}?v=${createHash("sha256").update(siteScriptSource()).digest("hex").slice(0, 12)}`;
}
