// The build's CPU time per step (scripts/build-cpu.ts): the line it prints, the bench's reading of
// it, and the counters under both (scripts/process-tree.ts), against real work in other processes.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { cpuFromOutput, cpuLine, cpuUsed } from "@/scripts/build-cpu";
import { hasProc, runMeasured } from "@/scripts/process-tree";

/** A script that uses 0.8 s of CPU, however busy the machine (a timed loop would get less when shared). */
const BUSY = "while (process.cpuUsage().user < 800_000);";

describe("the build's CPU time per step", () => {
  it("prints each step and the sum, and the bench reads the same figures back", () => {
    const line = cpuLine({ checks: 40.06, "next build": 70.2, "strip + search index": 9 });
    expect(line).toBe(
      "CPU time of this build, all its processes: checks 40.1 s, next build 70.2 s, strip + search index 9.0 s; 119.3 s in all.",
    );
    expect(cpuFromOutput(["✓ Compiled", line, "search:index: 1000 articles"])).toEqual({
      checks: 40.1,
      "next build": 70.2,
      "strip + search index": 9,
    });
    expect(cpuFromOutput(["no such line"])).toBeUndefined();
  });

  it("leaves out steps it could not measure, and says so when it measured none", () => {
    expect(cpuLine({ checks: 1, "next build": undefined })).toBe(
      "CPU time of this build, all its processes: checks 1.0 s; 1.0 s in all.",
    );
    expect(cpuLine({ checks: undefined })).toMatch(/not measured here/);
    expect(cpuFromOutput([cpuLine({ checks: undefined })])).toBeUndefined();
  });

  it.runIf(hasProc)("counts the work of a process left running by a parent that did not wait for it", async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), "build-cpu-")), "pid");
    const counter = cpuUsed();
    // A child that starts a grandchild using 0.8 s of CPU, and ends 0.3 s later without waiting
    // for it, as `next build` leaves its workers.
    const grandchild = `require("node:fs").writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); ${BUSY}`;
    const child = `require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(grandchild)}], { detached: true, stdio: "ignore" }).unref(); setTimeout(() => process.exit(0), 300);`;
    await new Promise((resolve) => spawn(process.execPath, ["-e", child]).on("close", resolve));
    const pid = readFileSync(pidFile, "utf8");
    while (existsSync(`/proc/${pid}`)) await sleep(50);
    const used = counter.step()!;
    expect(used).toBeGreaterThanOrEqual(0.6); // what it did after the last sample is missed
    expect(used).toBeLessThan(5);
    // The next step starts from here: nothing has run since.
    expect(counter.step()!).toBeLessThan(0.2);
  });

  it.runIf(hasProc)("gives a measured command's CPU time, the processes under it included", async () => {
    const child = `require("node:child_process").execFileSync(process.execPath, ["-e", ${JSON.stringify(BUSY)}]);`;
    const run = await runMeasured(process.execPath, ["-e", child], process.env, 50);
    expect(run.status).toBe(0);
    expect(run.cpuSeconds!).toBeGreaterThanOrEqual(0.6);
    expect(run.cpuSeconds!).toBeLessThan(5);
  });
});
