import { availableParallelism } from "node:os";
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
  experimental: {
    // Prerendering runs in worker processes while the main one waits: use every core
    // (Next's default leaves one idle, which on a 2-core machine halves the speed).
    cpus: availableParallelism(),
  },
  typescript: {
    tsconfigPath: process.env.NEXT_TSCONFIG_PATH || "tsconfig.json",
    // npm run build checks the types itself, beside the content check (lib/cli/build.mjs);
    // test sites only change content. A plain `next build` still checks them.
    ignoreBuildErrors: testSite || process.env.NEXT_TYPES_CHECKED === "1",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") },
      // The planner and the check carry the reader's answers in the URL: never pass it on.
      { source: "/:tool(plan|check)/:rest*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // Pages change only on deploy. Next sends prerendered pages with s-maxage=31536000 alone: a
      // shared cache would keep serving last year's page (and its deleted CSS) after a deploy.
      // Revalidating each time costs a 304 (ETag) and shows a deploy at once. /_next/static keeps
      // Next's own "max-age=31536000, immutable": those file names change with their content.
      // The planner and the check answer each request from its query: they keep Next's
      // "private, no-store", so no shared cache holds a reader's answers.
      { source: "/((?!_next/static/|plan|check).*)", headers: [{ key: "Cache-Control", value: "public, max-age=0, must-revalidate" }] },
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

// `npm run export` (NEXT_OUTPUT=export): the same pages as plain files in out/, for any static host.
// Such a host runs no headers() or rewrites(); the README says how to send the headers from it.
const staticExport = { output: "export", headers: undefined, rewrites: undefined };

export default process.env.NEXT_OUTPUT === "export" ? { ...nextConfig, ...staticExport } : nextConfig;
