// Browser tests drive Debian's Chromium (Playwright cannot download browsers here).
// Installs it when running as root and it is missing; otherwise says what to install.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "./chromium";

const path = chromiumPath();
if (existsSync(path)) process.exit(0);

if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
  console.error(`Chromium not found at ${path}. Install it with: sudo apt-get install -y chromium`);
  console.error("(or point CHROMIUM_PATH at a Chromium or Chrome binary)");
  process.exit(1);
}

console.log("Chromium not found; installing Debian's chromium package for the browser tests.");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
  const result = spawnSync("apt-get", args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
