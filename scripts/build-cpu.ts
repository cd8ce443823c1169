// CPU time of each step of npm run build, all its processes included: on two cores every step keeps
// both busy, so CPU seconds, not wall time, show what a step costs (the bench reads the line below).
import { hasProc, TreeCpu } from "./process-tree";

/** Often enough that a short-lived process is seen at all; reading /proc costs little next to a build. */
const SAMPLE_MS = 100;

/**
 * Counts the CPU seconds of this process and every process it starts, step by step: each step()
 * returns the CPU used since the previous one (undefined without /proc).
 */
export function cpuUsed() {
  const tree = new TreeCpu(process.pid);
  if (hasProc) setInterval(() => tree.sample(), SAMPLE_MS).unref();
  tree.sample();
  let last = tree.seconds;
  return {
    step(): number | undefined {
      tree.sample();
      const now = tree.seconds;
      const used = now === undefined || last === undefined ? undefined : now - last;
      last = now;
      return used;
    },
  };
}

export const CPU_LINE_START = "CPU time of this build, all its processes:";

/** "CPU time of this build, all its processes: checks 40.1 s, next build 70.2 s, …; 119.3 s in all." */
export function cpuLine(steps: Record<string, number | undefined>): string {
  const known = Object.entries(steps).filter((entry): entry is [string, number] => entry[1] !== undefined);
  if (known.length === 0) return `${CPU_LINE_START} not measured here (no /proc).`;
  const sum = known.reduce((total, [, seconds]) => total + seconds, 0);
  return `${CPU_LINE_START} ${known.map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(", ")}; ${sum.toFixed(1)} s in all.`;
}

/** The steps' CPU seconds from a build's output, by name (the bench's reading of cpuLine). */
export function cpuFromOutput(lines: readonly string[]): Record<string, number> | undefined {
  const line = lines.find((text) => text.startsWith(CPU_LINE_START));
  if (!line) return undefined;
  const steps = [
    ...line
      .slice(CPU_LINE_START.length)
      .split(";")[0]!
      .matchAll(/\s*([^,]+?) (\d+(?:\.\d+)?) s(?:,|$)/g),
  ];
  return steps.length === 0 ? undefined : Object.fromEntries(steps.map((step) => [step[1]!, Number(step[2])]));
}
