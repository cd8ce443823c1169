// Builds the site (npm run build) when there is no production build yet, so that one
// command takes a fresh clone to a running site (npm start), a load test or a Lighthouse report.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readSettings } from "../lib/settings.mjs";

export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env): void {
  if (existsSync(join(readSettings(env).BUILD_DIR, "BUILD_ID"))) return;
  console.log("No production build found; building first (npm run build).");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
