// The lint run is what keeps the layers apart: it must fail on an import circle and on lib/
// importing upwards (components/, app/, the tooling). Probe files are written into lib/ for the
// duration of the test, since the rules are about where a file sits.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PROBE = join("lib", `.lint-probe-${process.pid}`);
const files = {
  "circle-a.ts": 'import { b } from "./circle-b";\nexport const a = () => b() + 1;\n',
  "circle-b.ts": 'import { a } from "./circle-a";\nexport const b = () => (Math.random() > 2 ? a() : 0);\n',
  "upward.ts": 'import { SiteFooter } from "@/components/site/SiteFooter";\nexport const footer = SiteFooter;\n',
  "to-scripts.ts": 'import { freePort } from "../../scripts/local-server";\nexport const port = freePort;\n',
};

let results: ESLint.LintResult[];

beforeAll(async () => {
  mkdirSync(PROBE, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(PROBE, name), text);
  results = await new ESLint().lintFiles(Object.keys(files).map((name) => join(PROBE, name)));
}, 120_000);
afterAll(() => rmSync(PROBE, { recursive: true, force: true }));

const rulesIn = (name: string) =>
  results.find((result) => result.filePath.endsWith(name))!.messages.map((message) => message.ruleId);

describe("lint boundaries", () => {
  it("fails an import circle", () => {
    expect(rulesIn("circle-a.ts")).toContain("import/no-cycle");
    expect(rulesIn("circle-b.ts")).toContain("import/no-cycle");
  });

  it("fails lib/ importing components/ or the scripts", () => {
    expect(rulesIn("upward.ts")).toContain("import/no-restricted-paths");
    expect(rulesIn("to-scripts.ts")).toContain("import/no-restricted-paths");
  });
});
