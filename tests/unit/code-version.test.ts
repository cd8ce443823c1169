// The content-only rebuild (scripts/code-version.ts): the kept compile is reused only for the
// same code and settings, and the last build's prerendered pages go before the new ones are made.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import ts from "typescript";
import {
  CODE_DIRS,
  siteCodeVersion,
  forgetBuiltVersion,
  holdsBuildOf,
  recordBuiltVersion,
  removePrerendered,
} from "../../scripts/code-version";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "code-version-"));
  roots.push(root);
  write(root, files);
  return root;
}
function write(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
const env: NodeJS.ProcessEnv = { NODE_ENV: "production", SITE_URL: "https://guide.example" };
const code = { "app/page.tsx": "page", "lib/a.ts": "a", "next.config.mjs": "config", "package-lock.json": "{}" };

describe("siteCodeVersion", () => {
  it("is the same for the same code and settings, whatever the content or the search index", () => {
    const root = project(code);
    const before = siteCodeVersion(root, env);
    write(root, { "content/articles/x.md": "an edit", "public/pagefind/index.js": "written by the build" });
    expect(siteCodeVersion(root, env)).toBe(before);
  });

  it("changes with any code file, a new one, or a setting", () => {
    const root = project(code);
    const before = siteCodeVersion(root, env);
    write(root, { "lib/a.ts": "a2" });
    const edited = siteCodeVersion(root, env);
    expect(edited).not.toBe(before);
    write(root, { "components/New.tsx": "new" });
    expect(siteCodeVersion(root, env)).not.toBe(edited);
    const now = siteCodeVersion(root, env);
    expect(siteCodeVersion(root, { ...env, SITE_URL: "https://other.example" })).not.toBe(now);
    expect(siteCodeVersion(root, { ...env, SKIP_TYPECHECK: "1" })).not.toBe(now);
  });
});

describe("what the version covers", () => {
  it("every folder the build's type check reads (tsconfig.build.json)", () => {
    const { config } = ts.readConfigFile("tsconfig.build.json", ts.sys.readFile);
    const folders = (config.include as string[])
      .filter((pattern) => pattern.endsWith("/**/*"))
      .map((pattern) => pattern.slice(0, -"/**/*".length));
    expect(folders.length).toBeGreaterThan(0);
    expect(folders.filter((folder) => !CODE_DIRS.includes(folder))).toEqual([]);
  });
});

describe("the kept build's version", () => {
  it("holds only after a recorded build, and not once forgotten", () => {
    const dist = project({ BUILD_ID: "b1" });
    expect(holdsBuildOf(dist, "v1")).toBe(false);
    recordBuiltVersion(dist, "v1");
    expect(holdsBuildOf(dist, "v1")).toBe(true);
    expect(holdsBuildOf(dist, "v2")).toBe(false);
    forgetBuiltVersion(dist);
    expect(holdsBuildOf(dist, "v1")).toBe(false);
  });

  it("needs a finished build in the folder", () => {
    const dist = project({ "cache/code-version": "v1" });
    expect(holdsBuildOf(dist, "v1")).toBe(false);
  });
});

describe("removePrerendered", () => {
  it("takes out pages, payloads, answers, segment folders and answers made on request, and keeps the compiled code", () => {
    const dist = project({
      "server/app/index.html": "",
      "server/app/index.rsc": "",
      "server/app/index.meta": "",
      "server/app/index.segments/_tree.segment.rsc": "",
      "server/app/articles/old-article.html": "",
      "server/app/markdown/articles/x.md.body": "",
      "server/route-cache/APP_ROUTE/0123/$/markdown/articles/x.md.body": "",
      "server/app/page.js": "",
      "server/app/articles/[slug]/page.js": "",
      "server/app/articles/[slug]/page.js.nft.json": "",
      "server/chunks/ssr/chunk.js": "",
    });
    expect(removePrerendered(dist)).toBe(7);
    const left = readdirSync(join(dist, "server"), { recursive: true, encoding: "utf8" }).filter((path) =>
      /\.(js|json)$/.test(path),
    );
    expect(left.sort()).toEqual([
      "app/articles/[slug]/page.js",
      "app/articles/[slug]/page.js.nft.json",
      "app/page.js",
      "chunks/ssr/chunk.js",
    ]);
    expect(existsSync(join(dist, "server/app/index.segments"))).toBe(false);
    expect(existsSync(join(dist, "server/route-cache"))).toBe(false);
    expect(existsSync(join(dist, "server/app/articles/old-article.html"))).toBe(false);
  });
});
