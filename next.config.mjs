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
};

export default nextConfig;
