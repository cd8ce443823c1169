// Publishing one edit (issue 21): a rebuild after a content-only change keeps the last build's
// type check and compile (scripts/code-version.ts) and prerenders every page again, so the
// edit shows everywhere, and nothing made from the old text (a page, a copy made on request) stays.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentRoot } from "@/lib/content/load";
import { cpuFromOutput } from "@/scripts/build-cpu";
import { buildSite, startSite } from "./separate-site";

const copy = mkdtempSync(join(tmpdir(), "content-rebuild-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** The server reads the content too (copies and cards are made on request): this site's, not the real one. */
async function serveCopy() {
  const previous = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = copy;
  try {
    return await startSite();
  } finally {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  }
}

const FAST_PATH = /The code and settings are those of the last build/;
const titleOf = (html: string) => html.match(/<title>([^<]*)<\/title>/)?.[1];

describe("a rebuild after editing one article", () => {
  it("skips the type check and the compile, and serves the edit on the page and in its copy", async () => {
    cpSync(contentRoot(), copy, { recursive: true });
    const first = await buildSite(copy);
    expect(first.status, first.output).toBe(0);
    // Each step's CPU time, as the bench reads it (scripts/build-cpu.ts): a full build has all three.
    const cpu = cpuFromOutput(first.output.split("\n"));
    expect(Object.keys(cpu ?? {})).toEqual(["checks", "next build", "strip + search index"]);
    expect(cpu!["next build"]).toBeGreaterThan(cpu!["strip + search index"]!);

    const articles = join(copy, "articles");
    const file = readdirSync(articles).filter((name) => name.endsWith(".md"))[0]!;
    const slug = file.replace(/\.md$/, "");
    let site = await serveCopy();
    let copyBefore: string;
    try {
      // A copy made on request before the edit, kept by Next in the build folder.
      copyBefore = await (await fetch(`${site.baseUrl}/articles/${slug}.md`)).text();
    } finally {
      site.stop();
    }
    const source = readFileSync(join(articles, file), "utf8");
    const edited = source.replace(/^title: "/m, 'title: "Edited: ');
    expect(edited).not.toBe(source);
    writeFileSync(join(articles, file), edited);

    const second = await buildSite(copy);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(FAST_PATH);
    expect(second.output).not.toContain("Types checked");

    site = await serveCopy();
    try {
      const page = await (await fetch(`${site.baseUrl}/articles/${slug}`)).text();
      expect(titleOf(page)).toMatch(/^Edited: /);
      const copyAfter = await (await fetch(`${site.baseUrl}/articles/${slug}.md`)).text();
      expect(copyBefore).not.toContain("# Edited: ");
      expect(copyAfter).toContain("# Edited: ");
      const home = await (await fetch(`${site.baseUrl}/`)).text();
      expect(home).toContain("Edited: ");
    } finally {
      site.stop();
    }
  }, 300_000);

  it("builds in full again when a setting changes", async () => {
    // The edit above is built; a new SITE_URL is in every page, so nothing of the kept build holds.
    const previous = process.env.SITE_URL;
    process.env.SITE_URL = "https://rebuild-test.example";
    try {
      const build = await buildSite(copy);
      expect(build.status, build.output).toBe(0);
      expect(build.output).not.toMatch(FAST_PATH);
    } finally {
      if (previous === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previous;
    }
  }, 300_000);
});
