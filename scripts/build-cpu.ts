// CPU time of each step of npm run build, all its processes included: on two cores every step keeps
// both busy, so CPU seconds, not wall time, show what a step costs (the bench reads the line below).
import { setTimeout as sleep } from "node:timers/promises";
import { childrenCpuSeconds, ownCpuSeconds, processTree } from "./process-tree";

/** The build's CPU seconds so far: this process's threads and every child it has waited for. */
const total = () => {
  const children = childrenCpuSeconds();
  return children === undefined ? undefined : ownCpuSeconds() + children;
};

/** Counts CPU seconds step by step: each step() returns the CPU used since the previous one (undefined without /proc). */
export function cpuUsed() {
  let last = total();
  return {
    step(): number | undefined {
      const now = total();
      const used = now === undefined || last === undefined ? undefined : now - last;
      last = now;
      return used;
    },
  };
}

/**
 * Waits (3 s at most) until every child of this process has ended and been waited for: a child's
 * CPU time counts only from then on. Pagefind's service is stopped with a signal, and its
 * close() resolves before Node has waited for it.
 */
export async function childrenEnded(): Promise<void> {
  for (let waited = 0; waited < 3000 && processTree(process.pid).length > 1; waited += 20) await sleep(20);
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
