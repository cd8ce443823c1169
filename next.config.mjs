// @ts-check
import { availableParallelism } from "node:os";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { settings, siteUrlWarning } from "./lib/settings.mjs";
import { contentSecurityPolicy, securityHeaders, WEBASSEMBLY_SOURCES } from "./server/security-headers.mjs";

const { BUILD_DIR, BUILD_TSCONFIG, SKIP_TYPECHECK, STATIC_EXPORT, NODE_ENV } = settings();

/** @type {import('next').NextConfig} */
const nextConfig = {
  // No framework advertisement in response headers.
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests and the bench build other content into their own folder, beside the real build.
  distDir: BUILD_DIR,
  experimental: {
    // Prerendering runs in worker processes while the main one waits: use every core
    // (Next's default leaves one idle, which on a 2-core machine halves the speed).
    cpus: availableParallelism(),
    // Turbopack can keep its compile in a cache folder for the next build, but writing it runs
    // beside the prerendering on the same two cores. At 1,000 articles, `next build` from nothing
    // took 50 and 45 s without it against 57 and 59 s with it; a rebuild compiles in 11-13 s
    // without it against 4-6 s with it. A build from nothing (CI, a fresh deploy) wins.
    turbopackFileSystemCacheForBuild: false,
    // Next measures each page's prefetch data for its client router, which the site's pages never
    // load (server/framework-js.ts takes it out): measuring it cost the build's workers about 3%.
    prefetchInlining: false,
    // A page waits for one stylesheet only (tests/browser/performance.test.ts). Turbopack's default
    // chunking gives the layout's CSS and each page's own CSS Modules files of their own (several on
    // an article). The graph chunker weighs a request against unused bytes: at this cost it puts every
    // module into one file for the whole site, tools included (why: docs/ARCHITECTURE.md, "Where styles live").
    cssChunking: { type: "graph", requestCost: 1_000_000_000 },
  },
  typescript: {
    // Test sites point Next at a scratch copy, since Next edits it to add each build folder's types.
    tsconfigPath: BUILD_TSCONFIG,
    // npm run build checks the types itself, beside the content check (scripts/build.ts), and
    // says so with SKIP_TYPECHECK=1. A plain `next build` still checks them.
    ignoreBuildErrors: SKIP_TYPECHECK,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(NODE_ENV === "development") },
      // Site search compiles Pagefind's WebAssembly, in its worker; nothing else may (a later rule wins).
      ...WEBASSEMBLY_SOURCES.map((source) => ({
        source,
        headers: [
          {
            key: "Content-Security-Policy",
            value: contentSecurityPolicy(NODE_ENV === "development", { webAssembly: true }),
          },
        ],
      })),
      // The planner and the check carry the reader's answers in the URL: never pass it on.
      { source: "/:tool(plan|check)/:rest*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // Pages change only on deploy. Next sends prerendered pages with s-maxage=31536000 alone: a
      // shared cache would keep serving last year's page (and its deleted CSS) after a deploy.
      // Revalidating each time costs a 304 (ETag) and shows a deploy at once. /_next/static keeps
      // Next's own "max-age=31536000, immutable": those file names change with their content.
      // The planner and the check answer each request from its query: they keep Next's
      // "private, no-store", so no shared cache holds a reader's answers.
      // Not the dev server's event stream (/dev/…): it says no-transform itself, so Next does not compress and hold back its events.
      {
        source: "/((?!_next/static/|plan|check|dev/).*)",
        headers: [{ key: "Cache-Control", value: "public, max-age=0, must-revalidate" }],
      },
      // The site's script: pages load it as /site.js?v=<hash of its content> (lib/site-script.ts),
      // so a new version is a new address and browsers may keep each one for a year.
      { source: "/site.js", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
  async rewrites() {
    return {
      // Slugs and topic ids are kebab-case ASCII, so a "%" there can never name a page. Sending
      // such paths to a path no route matches makes them a plain 404: left alone, a malformed
      // escape like /articles/%zz makes Next answer 500 (vercel/next.js#92527). A rewrite is a
      // regular expression test; a proxy would run code on every request.
      beforeFiles: [
        { source: "/:section(articles|topics)/:rest(.*%.*)", destination: "/_no-such-page" },
        // An article's Markdown copy for AI assistants: Next cannot name a route "[slug].md", so
        // app/markdown/articles/[file] answers it (the static export moves its files here).
        { source: "/articles/:file([a-z0-9-]+\\.md)", destination: "/markdown/articles/:file" },
      ],
    };
  },
};

// `npm run export` (STATIC_EXPORT=1): the same pages as plain files in out/, for any static host.
// Such a host runs no headers() or rewrites(); the README says how to send the headers from it.
const staticExport = { output: "export", headers: undefined, rewrites: undefined };

export default function config(/** @type {string} */ phase) {
  // A production build without SITE_URL links every shared page to localhost: say so loudly.
  const warning = phase === PHASE_PRODUCTION_BUILD ? siteUrlWarning(settings()) : undefined;
  if (warning) console.warn(warning);
  // Routes named route.dev.ts (the live reload's event stream) exist in `next dev` alone.
  const devOnlyRoutes =
    phase === PHASE_DEVELOPMENT_SERVER ? { pageExtensions: ["tsx", "ts", "jsx", "js", "dev.ts"] } : {};
  return STATIC_EXPORT ? { ...nextConfig, ...staticExport } : { ...nextConfig, ...devOnlyRoutes };
}
