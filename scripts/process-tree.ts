// Runs a command and measures it from outside: wall time, CPU time, the peak of the summed
// resident memory of its whole process tree (sampled from /proc, since a build is
// several processes: npm, tsx, next, its workers), and when each output line arrived.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface TimedLine {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface CommandRun {
  status: number | null;
  ms: number;
  /** Highest sum of RSS over the process tree seen while sampling (MB); undefined without /proc. */
  peakTreeMb: number | undefined;
  /** CPU seconds (user + system) of the command and every process under it; undefined without /proc. */
  cpuSeconds: number | undefined;
  lines: TimedLine[];
}

/** Parent pid and RSS (kB) of every process, from /proc/<pid>/status. */
function processTable(): Map<number, { ppid: number; rssKb: number }> {
  const table = new Map<number, { ppid: number; rssKb: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      table.set(Number(name), { ppid, rssKb });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** Summed RSS (kB) of `root` and all its descendants. */
export function treeRssKb(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rssKb ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** `root` and the pids of all its descendants, as they are now (empty without /proc). */
export function processTree(root: number): number[] {
  const table = processTable();
  const found: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (!table.has(pid)) continue;
    found.push(pid);
    for (const [child, { ppid }] of table) if (ppid === pid) stack.push(child);
  }
  return found;
}

const hasProc = (() => {
  try {
    readdirSync("/proc/self");
    return true;
  } catch {
    return false;
  }
})();

/** Linux reports times in /proc in clock ticks of 1/100 s (USER_HZ), whatever the kernel's own tick. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) of this process's children that have ended, their own children
 * included (Linux adds a process's times to its parent's when the parent waits for it, as Node
 * does), from /proc/self/stat; undefined without /proc. The difference across a command is the
 * CPU time of its whole tree, worker processes and short-lived ones included, which sampling would miss.
 */
export function childrenCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces, hence the last ")"): cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) of this process so far, its threads included. */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

export function runMeasured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  sampleMs = 200,
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const lines: TimedLine[] = [];
    let peakKb = 0;
    const sample = () => {
      if (hasProc && child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    const collect = (stream: NodeJS.ReadableStream) => {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const at = performance.now() - started;
        const parts = (rest + chunk).split("\n");
        rest = parts.pop()!;
        for (const text of parts) lines.push({ at, text });
      });
      stream.on("end", () => rest && lines.push({ at: performance.now() - started, text: rest }));
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on("error", reject);
    child.on("close", (status) => {
      clearInterval(timer);
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({
        status,
        ms: performance.now() - started,
        peakTreeMb: hasProc ? peakKb / 1024 : undefined,
        cpuSeconds,
        lines,
      });
    });
  });
}
