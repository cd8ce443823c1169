// Plain JavaScript (type-checked by // @ts-check) because next.config.mjs imports it and Node loads that file as is.
// @ts-check
// Response headers that limit what a page may load and do, set on every response by
// next.config.mjs. The README's "Security headers" section says why each directive is as
// strict as it is and no stricter.

/**
 * Where WebAssembly may compile: the search page, and Pagefind's own files, since its worker
 * (pagefind-worker.js) compiles the index's WebAssembly under the policy its script is sent with.
 * As next.config.mjs headers() sources, and as a test of a path.
 */
export const WEBASSEMBLY_SOURCES = ["/search", "/pagefind/:file*"];
export const allowsWebAssembly = (/** @type {string} */ pathname) =>
  pathname === "/search" || pathname.startsWith("/pagefind/");

/**
 * Content-Security-Policy directives, in order. In production pages carry no framework
 * JavaScript and no inline script (server/framework-js.ts), so scripts come only from the site
 * itself: no 'unsafe-inline', no 'unsafe-eval', no inline event handlers (script-src-attr).
 * 'wasm-unsafe-eval' (WebAssembly only; no JavaScript eval) where Pagefind runs.
 * `next dev` runs the framework's own inline scripts and tools: it adds 'unsafe-inline',
 * 'unsafe-eval' and inline styles.
 */
export function contentSecurityPolicy(development = false, { webAssembly = false } = {}) {
  return [
    "default-src 'self'",
    development
      ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
      : `script-src 'self'${webAssembly ? " 'wasm-unsafe-eval'" : ""}`,
    ...(development ? [] : ["script-src-attr 'none'"]),
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Browser features the site never uses, turned off for it and anything it might embed. */
export const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "interest-cohort",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** @returns {{ key: string, value: string }[]} */
export function securityHeaders(development = false, { webAssembly = false } = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(development, { webAssembly }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The copy-link button writes to the clipboard, so clipboard-write stays allowed for the site itself.
    {
      key: "Permissions-Policy",
      value: [...DENIED_FEATURES.map((feature) => `${feature}=()`), "clipboard-write=(self)"].join(", "),
    },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
