// The build's CPU time per step (scripts/build-cpu.ts): the line it prints, the bench's reading of
// it, and the counter under both, against real work in a child process.
import { execFileSync, spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { childrenEnded, cpuFromOutput, cpuLine, cpuUsed } from "@/scripts/build-cpu";
import { childrenCpuSeconds } from "@/scripts/process-tree";

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

  it.runIf(childrenCpuSeconds() !== undefined)(
    "counts a child's work, and the work of the processes under it, once the child has ended",
    () => {
      const counter = cpuUsed();
      // A child that starts a grandchild, which keeps one core busy for 0.4 s.
      const busy = "const end = Date.now() + 400; while (Date.now() < end);";
      const child = `require("node:child_process").execFileSync(process.execPath, ["-e", ${JSON.stringify(busy)}]);`;
      execFileSync(process.execPath, ["-e", child]);
      const used = counter.step()!;
      expect(used).toBeGreaterThanOrEqual(0.35);
      expect(used).toBeLessThan(5);
      // The next step starts from here: nothing has run since.
      expect(counter.step()!).toBeLessThan(0.2);
    },
  );

  it.runIf(childrenCpuSeconds() !== undefined)(
    "waits for a child that is still ending (as Pagefind's service is) before counting",
    async () => {
      const counter = cpuUsed();
      // Started and not waited for here, as a library's background process would be.
      spawn(process.execPath, ["-e", "const end = Date.now() + 400; while (Date.now() < end);"], { stdio: "ignore" });
      await childrenEnded();
      expect(counter.step()!).toBeGreaterThanOrEqual(0.35);
    },
  );
});
