// Plain JavaScript (type-checked by // @ts-check) because next.config.mjs imports it and Node loads that file as is.
// @ts-check
// Every setting the site, its scripts and its server take from the environment, read and validated in
// one place. A bad value stops the process with a message naming the variable; the README lists them all.
import { z } from "zod";

const flag = z.enum(["", "0", "1"], { error: "must be 1 (on) or 0 (off)" }).transform((value) => value === "1");
const positive = (/** @type {string} */ what) =>
  z.coerce
    .number({ error: `must be ${what}` })
    .int({ error: `must be ${what}` })
    .positive({ error: `must be ${what}` });

const siteUrl = z
  .string()
  .trim()
  .transform((value, ctx) => {
    try {
      const url = new URL(value);
      if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
    } catch {
      // reported below
    }
    ctx.addIssue({
      code: "custom",
      message: `must be an absolute http(s) URL such as https://example.org (got "${value}")`,
    });
    return z.NEVER;
  });

/** An optional http(s) address, kept as written (a path and query matter here, unlike SITE_URL's origin). */
const optionalUrl = (/** @type {string} */ example) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return undefined;
      try {
        const url = new URL(value);
        if (url.protocol === "http:" || url.protocol === "https:") return url.href;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: "custom", message: `must be an absolute http(s) URL such as ${example} (got "${value}")` });
      return z.NEVER;
    })
    .optional();

const optionalEmail = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return undefined;
    if (/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(value)) return value;
    ctx.addIssue({
      code: "custom",
      message: `must be an email address such as corrections@example.org (got "${value}")`,
    });
    return z.NEVER;
  })
  .optional();

const schema = z.object({
  SITE_URL: z.union([z.literal("").transform(() => undefined), siteUrl]).optional(),
  REPORT_URL: optionalUrl("https://github.com/owner/repo/issues/new"),
  REPORT_EMAIL: optionalEmail,
  EDIT_URL: optionalUrl("https://github.com/owner/repo/edit/main/"),
  CONTENT_DIR: z.string().min(1).default("content"),
  BUILD_DIR: z.string().min(1).default(".next"),
  BUILD_TSCONFIG: z.string().min(1).default("tsconfig.json"),
  SKIP_TYPECHECK: flag.default(false),
  STATIC_EXPORT: flag.default(false),
  EXPORT_DIR: z.string().min(1).default("out"),
  PORT: positive("a port number such as 3000")
    .max(65535, { error: "must be a port number such as 3000" })
    .default(3000),
  HOST: z.string().optional(),
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  LOADTEST_DURATION: positive("a whole number of seconds").default(30),
  LOADTEST_CONNECTIONS: positive("a whole number of connections").default(100),
  LOADTEST_SOAK_MINUTES: z.coerce
    .number({ error: "must be a whole number of minutes (0: no soak)" })
    .int({ error: "must be a whole number of minutes (0: no soak)" })
    .min(0, { error: "must be a whole number of minutes (0: no soak)" })
    .default(0),
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
});

/** What each setting is for; the README's table is this list. */
export const SETTINGS_HELP = {
  SITE_URL:
    "public origin for canonical links, preview images and the feed (default http://localhost:3000; production builds warn when unset)",
  REPORT_URL:
    'where "Report a mistake" links go: an issue tracker\'s new-issue address, e.g. https://github.com/owner/repo/issues/new; the page address and section go in its title and body parameters',
  REPORT_EMAIL:
    'email address "Report a mistake" links write to (subject and body pre-filled) when REPORT_URL is unset; offered beside it when both are set',
  EDIT_URL:
    'address an article\'s file path (content/articles/<slug>.md) is appended to for the "Edit this page" link, e.g. https://github.com/owner/repo/edit/main/; unset: no link',
  CONTENT_DIR: "content folder: a content root holding articles/, or a folder of articles (default content)",
  BUILD_DIR: "folder next build writes and the server serves (default .next)",
  BUILD_TSCONFIG: "tsconfig file Next reads and edits (default tsconfig.json; test sites use a scratch copy)",
  SKIP_TYPECHECK:
    "1 skips the type check: for test sites that change only content; npm run build sets it for next build after checking types itself",
  STATIC_EXPORT: "1 builds plain files (npm run export sets it)",
  EXPORT_DIR: "where npm run export writes the static site (default out)",
  PORT: "port the server listens on (default 3000)",
  HOST: "address the server listens on (default all); not HOSTNAME, which containers set to their own name",
  CHROMIUM_PATH: "Chromium for browser tests, Lighthouse and the bench (default /usr/bin/chromium)",
  LOADTEST_DURATION: "seconds per load-test run (default 30)",
  LOADTEST_CONNECTIONS: "connections the load test keeps open (default 100)",
  LOADTEST_SOAK_MINUTES:
    "minutes of soak: npm run loadtest keeps the load on that long, in 30 s slices, sampling the server's memory (default 0: two runs instead)",
  NODE_ENV: "set by Next and npm start; not set by hand",
};

/** @typedef {z.infer<typeof schema>} Settings */

/** Reads and validates the settings in `env`; throws one message listing every bad variable. */
export function readSettings(env = process.env) {
  const picked = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, env[key]]));
  const result = schema.safeParse(picked);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
  throw new Error(`Invalid settings in the environment:\n${lines.join("\n")}`);
}

/** @type {Settings | undefined} */
let current;

/** The settings of this process, read once. */
export function settings() {
  current ??= readSettings();
  return current;
}

/** The warning a production build prints when SITE_URL is unset, or undefined when it is set. */
export function siteUrlWarning(/** @type {Settings} */ value) {
  if (value.SITE_URL !== undefined) return undefined;
  return [
    "",
    "!! SITE_URL is not set: every canonical link, preview image and feed link in this build points at",
    "!! http://localhost:3000, and links shared from the deployed site will break.",
    "!! Set it to the public origin, e.g. SITE_URL=https://example.org npm run build",
    "",
  ].join("\n");
}
