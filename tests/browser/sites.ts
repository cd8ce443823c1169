// Helpers for tests that build or serve a throw-away copy of the site from another
// content folder, in their own dist folder so the real build is left alone.
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../lib/cli/free-port.mjs";

export interface RunResult {
  status: number | null;
  output: string;
}

/** Copies a content folder (default: the one the site is built from) to a fresh temporary folder. */
export function copyContent(from = process.env.CONTENT_DIR ?? "content"): string {
  const dir = mkdtempSync(join(tmpdir(), "content-copy-"));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Next adds each dist folder to the tsconfig it uses; give test sites a scratch copy (gitignored). */
const SCRATCH_TSCONFIG = "tsconfig.test-sites.json";
function siteEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  copyFileSync("tsconfig.json", SCRATCH_TSCONFIG);
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_TSCONFIG_PATH: SCRATCH_TSCONFIG, ...env };
}

export function run(command: string, args: string[], env: Record<string, string>): RunResult {
  const result = spawnSync(command, args, { encoding: "utf8", env: siteEnv(env) });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The production server that `npm start` runs (lib/server/serve.mjs), on 127.0.0.1:`port`. */
export function spawnProductionServer(port: number, env: NodeJS.ProcessEnv, stdio: StdioOptions = "ignore"): ChildProcess {
  return spawn(process.execPath, ["lib/server/serve.mjs"], {
    stdio,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** Starts `next dev` or the production server and resolves when it answers. */
export async function serve(mode: "dev" | "start", env: Record<string, string>): Promise<{ baseUrl: string; stop: () => void }> {
  const port = await freePort();
  const child =
    mode === "start"
      ? spawnProductionServer(port, siteEnv(env))
      : spawn("node_modules/.bin/next", ["dev", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", env: { ...siteEnv(env), NODE_ENV: "development" } });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(baseUrl);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next ${mode} did not answer within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { baseUrl, stop: () => child.kill("SIGTERM") };
}
