// Bad content never reaches readers: `npm run build` over content with one broken file among
// good ones fails, lists the problem, and leaves the previous build in its dist folder as it was.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentRoot } from "@/lib/content/load";
import { buildSite, TEST_DIST_DIR } from "./separate-site";

const copy = mkdtempSync(join(tmpdir(), "broken-content-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Every file in a folder with its size and modification time, to see whether anything changed. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => `${relative(dir, path)} ${statSync(path).size} ${statSync(path).mtimeMs}`)
    .sort();
}

describe("a build with one broken file", () => {
  it("fails, lists the problem and leaves the previous build untouched", async () => {
    cpSync(contentRoot(), copy, { recursive: true });
    const articles = existsSync(join(copy, "articles")) ? join(copy, "articles") : copy;
    const files = readdirSync(articles)
      .filter((name) => name.endsWith(".md"))
      .sort();
    expect(files.length).toBeGreaterThan(1);
    const broken = join(articles, files.at(-1)!);
    const source = readFileSync(broken, "utf8");
    writeFileSync(broken, `${source.trimEnd()}\n\nA claim with no source [@no-such-source].\n`);
    const line = source.trimEnd().split("\n").length + 2;

    // The "previous build": the hostile test's, or a stand-in when this file runs first.
    if (!existsSync(join(TEST_DIST_DIR, "BUILD_ID"))) {
      mkdirSync(TEST_DIST_DIR, { recursive: true });
      writeFileSync(join(TEST_DIST_DIR, "BUILD_ID"), "previous-build");
    }
    const buildId = readFileSync(join(TEST_DIST_DIR, "BUILD_ID"), "utf8");
    const before = snapshot(TEST_DIST_DIR);
    const mainBuildId = existsSync(".next/BUILD_ID") ? readFileSync(".next/BUILD_ID", "utf8") : undefined;

    const build = await buildSite(copy);

    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      `${relative(process.cwd(), broken)}:${line} citation — unknown source id "@no-such-source"`,
    );
    expect(build.output).toMatch(/^1 content error$/m);
    // next build never started: the dist folder is exactly as it was.
    expect(build.output).not.toContain("Creating an optimized production build");
    expect(readFileSync(join(TEST_DIST_DIR, "BUILD_ID"), "utf8")).toBe(buildId);
    expect(snapshot(TEST_DIST_DIR)).toEqual(before);
    if (mainBuildId !== undefined) expect(readFileSync(".next/BUILD_ID", "utf8")).toBe(mainBuildId);
  }, 120_000);
});
