// Helpers for tests that build or serve a throw-away copy of the site from another
// content folder, in their own dist folder so the real build is left alone.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startProductionServer, waitUntilAnswering } from "../../scripts/local-server";
import { processTree } from "../../scripts/process-tree";

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
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    BUILD_TSCONFIG: SCRATCH_TSCONFIG,
    SKIP_TYPECHECK: "1",
    ...env,
  };
}

export function run(command: string, args: string[], env: Record<string, string>): RunResult {
  const result = spawnSync(command, args, { encoding: "utf8", env: siteEnv(env) });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export interface TestServer {
  baseUrl: string;
  /** Sends SIGTERM and returns at once. */
  stop: () => void;
  /**
   * Sends SIGTERM and resolves once every process of the server has exited (next dev's workers
   * included, which may go on writing the build folder for a while after the signal), or after
   * `timeoutMs`. Resolves with the seconds it took.
   */
  stopAndWait: (timeoutMs?: number) => Promise<number>;
}

function stopper(child: ChildProcess): TestServer["stopAndWait"] {
  return async (timeoutMs = 60_000) => {
    const started = performance.now();
    // Taken before the signal: once the parent exits, its children are no longer its descendants.
    const tree = child.pid === undefined ? [] : processTree(child.pid);
    child.kill("SIGTERM");
    while (tree.some((pid) => existsSync(`/proc/${pid}`)) && performance.now() - started < timeoutMs)
      await new Promise((resolve) => setTimeout(resolve, 250));
    return (performance.now() - started) / 1000;
  };
}

/** Starts `next dev` or the production server and resolves when it answers. */
export async function serve(mode: "dev" | "start", env: Record<string, string>): Promise<TestServer> {
  if (mode === "start") {
    const { baseUrl, stop, child } = await startProductionServer({ env: siteEnv(env), stdio: "ignore" });
    return { baseUrl, stop, stopAndWait: stopper(child) };
  }
  const port = await freePort();
  const child = spawn("node_modules/.bin/next", ["dev", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...siteEnv(env), NODE_ENV: "development" },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => void child.kill("SIGTERM");
  try {
    await waitUntilAnswering(baseUrl, { child, name: "next dev" });
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, stop, stopAndWait: stopper(child) };
}
