// Plain JavaScript (type-checked by // @ts-check) because next.config.mjs imports it and Node loads that file as is.
// @ts-check
// Response headers that limit what a page may load and do, set on every response by
// next.config.mjs. The README's "Security headers" section says why each directive is as
// strict as it is and no stricter.

/** Content-Security-Policy directives, in order. */
export function contentSecurityPolicy(development = false) {
  return [
    "default-src 'self'",
    // 'unsafe-inline': Next's App Router hands each prerendered page its data in inline
    // <script> tags. Nonces would need every page rendered per request (no static pages).
    // 'wasm-unsafe-eval': site search (Pagefind) compiles WebAssembly; it allows no JS eval.
    // Development adds 'unsafe-eval' and inline styles for React's and Next's dev tools.
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${development ? " 'unsafe-eval'" : ""}`,
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
export function securityHeaders(development = false) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(development) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // The copy-link button writes to the clipboard, so clipboard-write stays allowed for the site itself.
    { key: "Permissions-Policy", value: [...DENIED_FEATURES.map((feature) => `${feature}=()`), "clipboard-write=(self)"].join(", ") },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}
