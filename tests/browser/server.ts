// Starts the production server (what npm start runs) on a free port for the browser tests.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { readSettings } from "../../lib/settings.mjs";
import { startProductionServer } from "../../scripts/local-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let stop: (() => void) | undefined;

export async function setup(project: TestProject) {
  // The build the server will serve: $BUILD_DIR, or .next.
  const { BUILD_DIR } = readSettings(process.env);
  if (!existsSync(join(BUILD_DIR, "BUILD_ID")))
    throw new Error(
      `No production build in ${BUILD_DIR}: run \`npm run build\` before the browser tests (npm test does).`,
    );
  const started = await startProductionServer();
  stop = started.stop;
  if (!started.first.ok) throw new Error(`the production server answered / with ${started.first.status}`);
  project.provide("baseUrl", started.baseUrl);
}

export async function teardown() {
  stop?.();
}
