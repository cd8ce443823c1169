// `npm run build` type-checks with tsconfig.build.json, which leaves out the tests and the bench
// (npm run typecheck checks them). It must still cover every file that is built or served.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const SHIPPED = ["app", "components", "lib", "server", "scripts"];
const CODE = /\.(ts|tsx|mts|mjs)$/;

function filesOf(config: string): Set<string> {
  const { config: json, error } = ts.readConfigFile(join(root, config), ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(json, ts.sys, root, undefined, join(root, config));
  return new Set(parsed.fileNames.map((file) => file.slice(root.length + 1)));
}

describe("the build's type check (tsconfig.build.json)", () => {
  const checked = filesOf("tsconfig.build.json");

  it("covers every source file the site is built from, and next.config.mjs", () => {
    const shipped = SHIPPED.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((file) => CODE.test(file))
        .map((file) => join(dir, file)),
    );
    expect(shipped.length).toBeGreaterThan(100);
    expect(shipped.filter((file) => !checked.has(file))).toEqual([]);
    expect(checked.has("next.config.mjs")).toBe(true);
  });

  it("leaves the tests and the bench to npm run typecheck, which covers them", () => {
    const everything = filesOf("tsconfig.json");
    for (const dir of ["tests/", "bench/"]) {
      expect([...checked].filter((file) => file.startsWith(dir))).toEqual([]);
      expect([...everything].some((file) => file.startsWith(dir))).toBe(true);
    }
  });
});
