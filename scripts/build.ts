// npm run build — checks the content and the TypeScript types at the same time (together
// they finish sooner than one after the other), then builds the pages with Next, which skips
// its own type check (done here, so SKIP_TYPECHECK=1 goes to it), then indexes the articles for search.
// Nothing is built when either check fails, and every problem of both is printed.
// When the code and settings are exactly those of the last finished build in the folder (a
// content-only change, scripts/code-version.ts), its type check and compile still hold: only the
// content is checked, and Next prerenders every page again on top of the kept compile.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { settings } from "../lib/settings.mjs";
import { stripBuildOutput } from "../server/framework-js";
import { cpuLine, cpuUsed } from "./build-cpu";
import {
  siteCodeVersion,
  forgetBuiltVersion,
  holdsBuildOf,
  recordBuiltVersion,
  removePrerendered,
} from "./code-version";
import { bin, nativeTsc } from "./node-modules";
import { readExpectedSearchUrls } from "./search-expected";

/** Runs a command, keeping its output to print in one piece (two checks at once would interleave). */
interface Outcome {
  ok: boolean;
  output: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", (error) => resolve({ ok: false, output: `${command}: ${error.message}` }));
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

/** Runs a command with its output shown as it comes. */
function runShown(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("error", (error) => (console.error(`${command}: ${error.message}`), resolve(false)));
    child.on("close", (code) => resolve(code === 0));
  });
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// The code that is built and served; tests and the bench are checked by npm run typecheck (npm test).
// Their types are a third of what tsc reads here, and a build should not wait for them.
const TYPES_CONFIG = "tsconfig.build.json";
// SKIP_TYPECHECK=1: test sites that change only content (lib/settings.mjs).
const skipTypes = settings().SKIP_TYPECHECK;

const { BUILD_DIR, STATIC_EXPORT } = settings();
const version = siteCodeVersion();
// The static export builds in a scratch copy of its own, so it never has a kept compile.
const contentOnly = !STATIC_EXPORT && holdsBuildOf(BUILD_DIR, version);
if (contentOnly)
  console.log(
    `The code and settings are those of the last build in ${BUILD_DIR}: its type check and compile hold, so only the content is checked and the pages are prerendered again.`,
  );

const cpu = cpuUsed();
const [content, types] = await Promise.all([
  run(bin("tsx"), ["scripts/content-check.ts", "--record"], env),
  skipTypes || contentOnly ? { ok: true, output: "" } : run(nativeTsc(), ["--noEmit", "-p", TYPES_CONFIG], env),
]);
process.stdout.write(content.output);
if (!types.ok) console.error(`\nType check (tsc --noEmit -p ${TYPES_CONFIG}) failed:\n${types.output}`);
const checksCpu = cpu.step();
if (!content.ok || !types.ok) process.exit(1);
if (!skipTypes && !contentOnly) console.log(`Types checked (tsc --noEmit -p ${TYPES_CONFIG}).`);

/**
 * Takes the framework's JavaScript out of every prerendered page (server/framework-js.ts): the
 * server build's pages, or the export's files. Fails the build when a page would still need it.
 */
function stripFrameworkJs(): boolean {
  const prerendered = join(BUILD_DIR, "server", "app");
  const dir = STATIC_EXPORT ? "out" : prerendered;
  try {
    const { pages, removed } = stripBuildOutput(dir, prerendered);
    console.log(
      `Framework JavaScript taken out of ${pages} prerendered pages in ${dir} (${removed} scripts and preloads).`,
    );
    return true;
  } catch (error) {
    console.error((error as Error).message);
    return false;
  }
}

/**
 * The search index, in this process rather than a new tsx one (its module is loaded while Next
 * builds): the pages' URLs to expect are the ones the content check wrote.
 */
async function searchIndex(indexer: Promise<typeof import("./search-index")>): Promise<boolean> {
  try {
    return (await (await indexer).indexForSearch(readExpectedSearchUrls)) === 0;
  } catch (error) {
    console.error(error);
    return false;
  }
}

const indexer = import("./search-index");
forgetBuiltVersion(BUILD_DIR);
if (contentOnly) removePrerendered(BUILD_DIR);
const nextArgs = contentOnly ? ["build", "--experimental-build-mode=generate"] : ["build"];
const nextBuilt = await runShown(bin("next"), nextArgs, { ...env, SKIP_TYPECHECK: "1" });
const nextCpu = cpu.step();
const built = nextBuilt && stripFrameworkJs() && (await searchIndex(indexer));
if (built) recordBuiltVersion(BUILD_DIR, version);
if (built) console.log(cpuLine({ checks: checksCpu, "next build": nextCpu, "strip + search index": cpu.step() }));
process.exit(built ? 0 : 1);
