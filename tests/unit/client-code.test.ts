import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const DEV_ONLY = join("components", "dev", "LiveReload.tsx");

describe("client JavaScript", () => {
  it("is never a React client component: pages ship no framework JavaScript, only components/site-script.mjs", () => {
    // The build and the server take React's scripts out of every page (server/framework-js.ts), so a
    // client component would render but never run. Interactive parts belong in the site's script.
    // The one exception runs in `next dev` alone, which keeps React's scripts: the live reload.
    const clientFiles = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) =>
      /^\s*["']use client["']/m.test(readFileSync(file, "utf8")),
    );
    expect(clientFiles).toEqual([DEV_ONLY]);
  });

  it("renders the dev-only live reload only when NODE_ENV is development", () => {
    // Production pages never carry it (tests/browser/no-framework-js.test.ts checks their scripts).
    const layout = readFileSync("app/layout.tsx", "utf8");
    const uses = [...layout.matchAll(/<LiveReload\b[^>]*\/>/g)].map((match) =>
      layout.slice(Math.max(0, match.index - 80), match.index),
    );
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatch(/settings\(\)\.NODE_ENV === "development" \? $/);
  });
});
