import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe("client JavaScript", () => {
  it("is never a React client component: pages ship no framework JavaScript, only components/site-script.mjs", () => {
    // The build and the server take React's scripts out of every page (server/framework-js.ts), so a
    // client component would render but never run. Interactive parts belong in the site's script.
    const clientFiles = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => /^\s*["']use client["']/m.test(readFileSync(file, "utf8")));
    expect(clientFiles).toEqual([]);
  });
});
