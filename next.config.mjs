import { securityHeaders } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No framework advertisement in response headers.
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests build other content into a separate folder so that they never clobber the main build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") }];
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
