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

export const hasProc = (() => {
  try {
    readdirSync("/proc/self");
    return true;
  } catch {
    return false;
  }
})();

/** Linux reports times in /proc in clock ticks of 1/100 s (USER_HZ), whatever the kernel's own tick. */
const TICKS_PER_SECOND = 100;

/** A process's own CPU seconds (user + system, all its threads) and its start time, which tells a reused pid apart. */
function readTimes(pid: number): { seconds: number; started: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, hence the last ")"): utime and stime
    // are fields 14 and 15, starttime field 22.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, started: fields[19]! };
  } catch {
    return undefined; // it ended
  }
}

/**
 * CPU time of a process and everything under it, sampled from /proc. The times Linux adds to a
 * parent when it waits for a child are not enough: `next build` ends without waiting for its
 * worker processes, whose time then reaches no one. So every process seen under the root is
 * followed until it ends, even once another parent has it. What a process does after the last
 * sample before it ends is missed (at most one sampling interval each).
 */
export class TreeCpu {
  /** The most CPU seconds seen of each process, by pid and start time. */
  private readonly seen = new Map<string, number>();
  /** Processes found under the root, followed until they end. */
  private readonly followed = new Map<number, string>();

  constructor(private readonly root: number) {}

  sample(): void {
    const tree = new Set(processTree(this.root));
    for (const pid of new Set([...tree, ...this.followed.keys()])) {
      const times = readTimes(pid);
      const key = times && `${pid}@${times.started}`;
      // Ended, or the pid now names some other process outside the tree.
      if (!times || !key || (!tree.has(pid) && this.followed.get(pid) !== key)) {
        this.followed.delete(pid);
        continue;
      }
      this.followed.set(pid, key);
      this.seen.set(key, Math.max(this.seen.get(key) ?? 0, times.seconds));
    }
  }

  /** CPU seconds as of the last sample; undefined without /proc. */
  get seconds(): number | undefined {
    if (!hasProc) return undefined;
    let total = 0;
    for (const seconds of this.seen.values()) total += seconds;
    return total;
  }
}

export function runMeasured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  sampleMs = 200,
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const lines: TimedLine[] = [];
    let peakKb = 0;
    const cpu = child.pid ? new TreeCpu(child.pid) : undefined;
    const sample = () => {
      if (hasProc && child.pid) peakKb = Math.max(peakKb, treeRssKb(child.pid));
      if (hasProc) cpu?.sample();
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
      if (hasProc) cpu?.sample(); // processes it left behind may still be ending
      resolve({
        status,
        ms: performance.now() - started,
        peakTreeMb: hasProc ? peakKb / 1024 : undefined,
        cpuSeconds: cpu?.seconds,
        lines,
      });
    });
  });
}
