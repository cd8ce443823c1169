import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe("client JavaScript", () => {
  it("comes only from the small leaves allowed to have it", () => {
    // Every page is a server component; a file added to this list must be a small leaf.
    // Copy-link and share (article sections and header) and the search results are the only ones.
    const allowed = ["components/article/CopyLinkButton.tsx", "components/article/ShareButton.tsx", "components/search/SearchResults.tsx"];
    const clientFiles = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) => /^\s*["']use client["']/m.test(readFileSync(file, "utf8")));
    expect(clientFiles.sort()).toEqual(allowed);
  });
});
