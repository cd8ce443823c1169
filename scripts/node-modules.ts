// Finds what the build runs from node_modules, walking up from the working folder: a scratch copy
// of the site (npm run export makes one) has no node_modules of its own and uses the project's.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** A file in the nearest node_modules that has it, or undefined. */
function fromNodeModules(path: string): string | undefined {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const found = join(dir, "node_modules", path);
    if (existsSync(found)) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A package's command (node_modules/.bin), or its bare name for the PATH to find. */
export const bin = (name: string): string => fromNodeModules(join(".bin", name)) ?? name;

/**
 * TypeScript 7's native tsc, installed as "typescript-7": it checks this code in about a quarter of the
 * CPU time of the JavaScript compiler. "typescript" itself stays TypeScript 6, whose JavaScript API Next and
 * typescript-eslint load (7.0 has none), and both packages name their command tsc, so it is found by path.
 */
export function nativeTsc(): string {
  const tsc = fromNodeModules(join("typescript-7", "bin", "tsc"));
  if (!tsc) throw new Error('TypeScript 7 ("typescript-7" in package.json) is not installed: run npm ci.');
  return tsc;
}
