// Builds and serves a second site from other content, in a dist folder of its own, so that
// tests can prove things about content that must never reach the main build.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { startProductionServer } from "../../scripts/local-server";

/** The dist folder of test builds; tsconfig.json lists its types so that Next leaves tsconfig alone. */
export const TEST_DIST_DIR = ".next-test";

const NEXT_ENV = "next-env.d.ts";

/** `npm run build` (content check, then next build) of `contentDir` into the test dist folder. */
export async function buildSite(
  contentDir: string,
): Promise<{ status: number | null; output: string; seconds: number }> {
  // next build points next-env.d.ts at its dist folder; put back the main build's version.
  const nextEnv = readFileSync(NEXT_ENV, "utf8");
  const started = performance.now();
  const build = spawn("npm", ["run", "build"], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      BUILD_DIR: TEST_DIST_DIR,
      SKIP_TYPECHECK: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  let output = "";
  build.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => build.on("close", resolve));
  writeFileSync(NEXT_ENV, nextEnv);
  return { status, output, seconds: (performance.now() - started) / 1000 };
}

/** The production server on the test dist folder; resolves once it answers. */
export async function startSite(): Promise<{ baseUrl: string; stop: () => void }> {
  const { baseUrl, stop } = await startProductionServer({ env: { ...process.env, BUILD_DIR: TEST_DIST_DIR } });
  return { baseUrl, stop };
}
