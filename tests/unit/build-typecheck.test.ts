// `npm run build` type-checks with tsconfig.build.json, which leaves out the tests and the bench
// (npm run typecheck checks them). It must still cover every file that is built or served.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { nativeTsc } from "../../scripts/node-modules";

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

describe("the compiler the build and npm run typecheck run", () => {
  const tsc = nativeTsc();

  it("is TypeScript 7's native tsc, the same file for both", () => {
    expect(spawnSync(tsc, ["--version"], { encoding: "utf8" }).stdout).toMatch(/^Version 7\./);
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
    expect(scripts.typecheck).toContain(relative(root, tsc));
  });

  it("fails on a type error and names the file, line and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "typecheck-"));
    try {
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, noEmit: true } }));
      writeFileSync(join(dir, "fine.ts"), "export const count: number = 1;\n");
      writeFileSync(join(dir, "broken.ts"), "\nexport const count: number = 'one';\n");
      const result = spawnSync(tsc, ["--noEmit", "-p", dir], { encoding: "utf8" });
      expect(result.status).not.toBe(0);
      expect(result.stdout).toMatch(
        /broken\.ts\(2,14\): error TS2322: Type 'string' is not assignable to type 'number'/,
      );
      expect(result.stdout).not.toContain("fine.ts");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
