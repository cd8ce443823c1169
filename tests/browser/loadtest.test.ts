// npm run loadtest, shortened: it must start the server, load every kind of page, and report
// figures for two runs with no errors and no wrong status codes.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

function loadtest(): Promise<{ status: number | null; output: string }> {
  const child = spawn("node", ["--import", "tsx", "scripts/loadtest.ts"], {
    env: { ...process.env, LOADTEST_DURATION: "1", LOADTEST_CONNECTIONS: "10" },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, output })));
}

describe("npm run loadtest", () => {
  it("reports requests/s, latency, errors, wrong statuses and memory for two runs", async () => {
    const { status, output } = await loadtest();
    expect(status, output).toBe(0);
    expect(output.match(/^Run \d:$/gm)).toEqual(["Run 1:", "Run 2:"]);
    for (const rate of output.matchAll(/requests\/s\s+(\d+)/g)) expect(Number(rate[1])).toBeGreaterThan(0);
    expect(output.match(/latency\s+p50 \d+ ms, p99 \d+ ms/g)).toHaveLength(2);
    expect(output.match(/errors\s+0 \(timeouts 0\)/g)).toHaveLength(2);
    expect(output.match(/wrong status\s+0 /g)).toHaveLength(2);
    expect(output.match(/server RSS\s+\d+ MB before, \d+ MB after/g)).toHaveLength(2);
  }, 60_000);
});
