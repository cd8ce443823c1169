// `next dev` on a content copy, for the live-editing bench and its browser test: its own dist
// folder and a scratch tsconfig (Next adds each dist folder's types to the tsconfig it is given),
// so that the editor's own dev server and build are left alone.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { processTree } from "./process-tree";
import { freePort, waitUntilAnswering } from "./local-server";

export interface DevServer {
  baseUrl: string;
  /** Stops the server and every process it started, then removes its dist folder. */
  stop: () => Promise<void>;
}

/** Starts `next dev` with CONTENT_DIR=`contentDir` into a fresh `distDir`; resolves once it answers. */
export async function startDevServer(contentDir: string, distDir: string): Promise<DevServer> {
  rmSync(distDir, { recursive: true, force: true });
  const tsconfig = "tsconfig.test-sites.json"; // gitignored, as for the other test sites
  copyFileSync("tsconfig.json", tsconfig);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    NEXT_TELEMETRY_DISABLED: "1",
    CONTENT_DIR: contentDir,
    BUILD_DIR: distDir,
    BUILD_TSCONFIG: tsconfig,
  };
  const child = spawn("node_modules/.bin/next", ["dev", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // Taken before the signal: once the parent exits, its children are no longer its descendants.
    const tree = child.pid === undefined ? [] : processTree(child.pid);
    child.kill("SIGTERM");
    const deadline = Date.now() + 30_000;
    while (tree.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    // The dev server may still be writing its cache as it exits: retry rather than fail on ENOTEMPTY.
    rmSync(distDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  try {
    // A static-file path: answered (404) once the server listens, without compiling any page.
    await waitUntilAnswering(`${baseUrl}/_next/static/ready`, { child, name: "next dev" });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
