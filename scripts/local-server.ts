// Starting a server on this machine for scripts, the bench and tests: a free port, the
// production server (what npm start runs) on 127.0.0.1, and waiting until a server answers.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { createServer } from "node:net";
import { readSettings } from "../lib/settings.mjs";

/** A TCP port on 127.0.0.1 that nothing listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Resolves with the first HTTP response from `url` (any status), polling while nothing listens.
 * Fails when `child` (the server's process, if given) exits first or `timeoutMs` passes.
 */
export async function waitUntilAnswering(
  url: string,
  { child, timeoutMs = 60_000, name = "the server" }: { child?: ChildProcess; timeoutMs?: number; name?: string } = {},
): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch {
      // not listening yet
    }
    if (child && child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} before answering on ${url}`);
    if (Date.now() > deadline) throw new Error(`${name} did not answer on ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The command that runs the production server (TypeScript, through tsx's loader). */
export const SERVER_COMMAND = [process.execPath, "--import", "tsx", "server/serve.ts"] as const;

export interface LocalServer {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  stop: () => void;
  first: Response;
}

/** The production server (server/serve.ts) on a free port of `host`, once it answers. */
export async function startProductionServer({
  env = process.env,
  stdio = ["ignore", "ignore", "inherit"],
  host = "127.0.0.1",
}: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions; host?: string } = {}): Promise<LocalServer> {
  const port = await freePort();
  const [command, ...args] = SERVER_COMMAND;
  const child = spawn(command, args, {
    stdio,
    env: { ...env, PORT: String(port), HOST: host, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const baseUrl = `http://${host}:${port}`;
  const stop = () => void child.kill("SIGTERM");
  try {
    const first = await waitUntilAnswering(baseUrl + "/", {
      child,
      name: `the production server (${readSettings(env).BUILD_DIR})`,
    });
    return { baseUrl, port, child, stop, first };
  } catch (error) {
    stop();
    throw error;
  }
}
