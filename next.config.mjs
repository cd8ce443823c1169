import { securityHeaders } from "./lib/security-headers.mjs";

// Tests build throw-away sites (drafts, broken or hostile content) beside the real
// build: NEXT_DIST_DIR keeps their output apart, and NEXT_TSCONFIG_PATH points Next
// at a scratch copy of tsconfig.json, which Next edits to add each dist folder's types.
const testSite = Boolean(process.env.NEXT_DIST_DIR);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No framework advertisement in response headers.
  poweredByHeader: false,
  reactStrictMode: true,
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typescript: {
    tsconfigPath: process.env.NEXT_TSCONFIG_PATH || "tsconfig.json",
    // The real build type-checks the same code; test sites only change content.
    ignoreBuildErrors: testSite,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") },
      // The planner and the check carry the reader's answers in the URL: never pass it on.
      { source: "/:tool(plan|check)/:rest*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
  async rewrites() {
    return {
      // Slugs and topic ids are kebab-case ASCII, so a "%" there can never name a page. Sending
      // such paths to a path no route matches makes them a plain 404: left alone, a malformed
      // escape like /articles/%zz makes Next answer 500 (vercel/next.js#92527). A rewrite is a
      // regular expression test; a proxy would run code on every request.
      beforeFiles: [{ source: "/:section(articles|topics)/:rest(.*%.*)", destination: "/_no-such-page" }],
    };
  },
};

export default nextConfig;
