// Times the real production build (`npm run build`: content and type checks, next build, search index)
// of a content folder, into its own dist folder so the site's .next is left alone.
import { copyFileSync, rmSync } from "node:fs";
import { cpuFromOutput } from "../scripts/build-cpu";
import { runMeasured, type TimedLine } from "../scripts/process-tree";

export const SCRATCH_TSCONFIG = "tsconfig.test-sites.json";

export interface BuildResult {
  articles: number;
  ok: boolean;
  seconds: number;
  peakMemoryMb: number | undefined;
  /** CPU seconds of the whole build, every process included (undefined without /proc). */
  cpuSeconds: number | undefined;
  /** CPU seconds of each step, as the site's build prints them (scripts/build-cpu.ts); the baseline prints none. */
  cpuSteps?: Record<string, number>;
  /** Seconds per phase, from when Next's progress lines arrived. */
  phases: Partial<Record<Phase, number>>;
  /** Last lines of output, kept when the build failed. */
  failure?: string;
}

export const PHASES = ["checks", "compile", "typecheck", "pageData", "staticPages", "finish", "searchIndex"] as const;
export type Phase = (typeof PHASES)[number];

/** Markers in the build output that start each phase; the phase ends where the next begins. */
const MARKERS: [Phase, RegExp][] = [
  ["compile", /Creating an optimized production build/],
  ["typecheck", /Running TypeScript|Skipping validation of types/],
  ["pageData", /Collecting page data/],
  ["staticPages", /Generating static pages/],
  ["finish", /Finalizing page optimization/],
  // The route list's legend is the last thing next build prints; the search index follows.
  ["searchIndex", /\(SSG\)\s+prerendered/],
];

/** Phase durations from timed output lines; the checks (content and types, side by side) run from the start until Next starts compiling. */
export function phasesFromOutput(lines: readonly TimedLine[], totalMs: number): Partial<Record<Phase, number>> {
  const starts: [Phase, number][] = [["checks", 0]];
  for (const [phase, marker] of MARKERS) {
    const line = lines.find((candidate) => marker.test(candidate.text));
    if (line) starts.push([phase, line.at]);
  }
  starts.sort((a, b) => a[1] - b[1]);
  return Object.fromEntries(
    starts.map(([phase, at], index) => [phase, ((starts[index + 1]?.[1] ?? totalMs) - at) / 1000]),
  );
}

/** `rebuild`: keep the dist folder of an earlier build (and its parse cache), as an editor's next build would. */
export async function benchBuild(
  contentDir: string,
  distDir: string,
  articles: number,
  { rebuild = false } = {},
): Promise<BuildResult> {
  if (!rebuild) rmSync(distDir, { recursive: true, force: true });
  // Next writes each dist folder's type paths into the tsconfig it uses: give it a scratch copy.
  copyFileSync("tsconfig.json", SCRATCH_TSCONFIG);
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CONTENT_DIR: contentDir,
    BUILD_DIR: distDir,
    BUILD_TSCONFIG: SCRATCH_TSCONFIG,
    // Timed as the real build runs, type check included: SKIP_TYPECHECK is not set.
  };
  const run = await runMeasured("npm", ["run", "--silent", "build"], env);
  return buildResult(run, articles);
}

/** What the bench keeps of one timed build: its time, memory and phases, and its last lines if it failed. */
export function buildResult(run: Awaited<ReturnType<typeof runMeasured>>, articles: number): BuildResult {
  const ok = run.status === 0;
  const cpuSteps = ok ? cpuFromOutput(run.lines.map((line) => line.text)) : undefined;
  const failure = run.lines
    .slice(-30)
    .map((line) => line.text)
    .join("\n");
  return {
    articles,
    ok,
    seconds: run.ms / 1000,
    peakMemoryMb: run.peakTreeMb,
    cpuSeconds: run.cpuSeconds,
    ...(cpuSteps ? { cpuSteps } : {}),
    phases: phasesFromOutput(run.lines, run.ms),
    ...(ok ? {} : { failure }),
  };
}
