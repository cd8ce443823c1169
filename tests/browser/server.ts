// Starts the production server (what npm start runs) on a free port for the browser tests.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { freePort } from "../../lib/cli/free-port.mjs";
import { spawnProductionServer } from "./sites";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` before the browser tests (npm test does).");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawnProductionServer(port, process.env, ["ignore", "ignore", "inherit"]);
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the production server did not answer on ${baseUrl} within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide("baseUrl", baseUrl);
}

export async function teardown() {
  server?.kill("SIGTERM");
}
