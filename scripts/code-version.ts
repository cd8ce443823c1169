// A rebuild after a content-only change (issue 21). Next compiles the code, not the content: when
// the code and the settings are byte for byte those of the last build that finished, its compile
// and its type check still hold, and `next build --experimental-build-mode=generate` prerenders
// every page again from the new content on top of that compile. The version of the code that the
// build folder holds is kept in its cache folder, written only when a whole build succeeded.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readSettings } from "../lib/settings.mjs";

/** What Next compiles and `tsc -p tsconfig.build.json` checks (every folder its "include" names), and what configures them. */
export const CODE_DIRS = ["app", "components", "lib", "server", "scripts", "public"];
const CODE_FILES = ["next.config.mjs", "package-lock.json", "tsconfig.json", "tsconfig.build.json"];
/** Written by the build itself (the search index), so never part of the code. */
const BUILD_WRITTEN = /^public\/pagefind\//;

function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath.slice(root.length + 1), entry.name))
    .filter((file) => !BUILD_WRITTEN.test(file));
}

/**
 * Hash of every code file (name and bytes), the settings and the Node version: what a whole build
 * depends on besides the content. (lib/content/parse-cache.ts has a narrower one: the parsing code.)
 */
export function siteCodeVersion(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  const files = [
    ...CODE_DIRS.flatMap((dir) => filesUnder(root, dir)),
    ...CODE_FILES.filter((file) => existsSync(join(root, file))),
  ].sort();
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(root, file)))
      .update("\0");
  // Settings change what is built (SITE_URL in every page, STATIC_EXPORT, SKIP_TYPECHECK): a new one means a full build.
  return hash
    .update(JSON.stringify(readSettings(env)))
    .update(process.version)
    .digest("hex");
}

const markerFile = (buildDir: string) => join(buildDir, "cache", "code-version");

/** Whether `buildDir` holds a finished build of exactly this code. */
export function holdsBuildOf(buildDir: string, version: string): boolean {
  if (!existsSync(join(buildDir, "BUILD_ID")) || !existsSync(markerFile(buildDir))) return false;
  return readFileSync(markerFile(buildDir), "utf8") === version;
}

/** Before `next build` touches the folder: until the whole build succeeds, it certifies nothing. */
export function forgetBuiltVersion(buildDir: string): void {
  rmSync(markerFile(buildDir), { force: true });
}

export function recordBuiltVersion(buildDir: string, version: string): void {
  mkdirSync(dirname(markerFile(buildDir)), { recursive: true });
  writeFileSync(markerFile(buildDir), version);
}

const PRERENDERED = /\.(html|rsc|meta|body)$/;

/**
 * Takes out every prerendered page and answer of the last build, and those the server made on
 * request since (server/route-cache: the Markdown copies, the preview cards), keeping the compiled
 * code: the generate step writes the pages again, and nothing made from the old text may stay.
 */
export function removePrerendered(buildDir: string): number {
  const dir = join(buildDir, "server", "app");
  const madeOnRequest = join(buildDir, "server", "route-cache");
  let removed = existsSync(madeOnRequest) ? 1 : 0;
  rmSync(madeOnRequest, { recursive: true, force: true });
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const output = entry.isDirectory() ? entry.name.endsWith(".segments") : PRERENDERED.test(entry.name);
      if (output) {
        rmSync(path, { recursive: true, force: true });
        removed++;
      } else if (entry.isDirectory()) visit(path);
    }
  };
  if (existsSync(dir)) visit(dir);
  return removed;
}
