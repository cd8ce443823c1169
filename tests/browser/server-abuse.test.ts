// The production server under abuse: a few hundred clients that trickle their headers a byte
// at a time must not keep a normal reader waiting, and are cut off by the header timeout; and
// stopping `npm start` with SIGTERM finishes the request in flight and leaves no process behind.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { get } from "node:http";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readSettings } from "@/lib/settings.mjs";
import { TIMEOUTS } from "@/server/serve";
import { freePort, waitUntilAnswering } from "../../scripts/local-server";
import { processTree } from "../../scripts/process-tree";

const baseUrl = new URL(inject("baseUrl"));
const SLOW_CLIENTS = 300;

describe("slow clients", () => {
  it(`${SLOW_CLIENTS} connections trickling their headers do not delay a normal request, and are cut off`, async () => {
    const sockets: Socket[] = [];
    const closedAt: number[] = [];
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.all(
        Array.from(
          { length: SLOW_CLIENTS },
          (_, index) =>
            new Promise<void>((resolve) => {
              const socket = connect(Number(baseUrl.port), baseUrl.hostname, () => {
                socket.write(`GET /?slow=${index} HTTP/1.1\r\nHost: ${baseUrl.host}\r\n`);
                resolve();
              });
              socket.on("error", () => undefined);
              socket.on("close", () => closedAt.push(performance.now() - started));
              sockets.push(socket);
            }),
        ),
      );
      // One more header byte per client every half second: never finishing, never idle.
      timer = setInterval(() => sockets.forEach((socket) => socket.writable && socket.write("X")), 500);

      const asked = performance.now();
      const answer = await fetch(`${baseUrl.origin}/`);
      const answeredMs = performance.now() - asked;
      expect(answer.status).toBe(200);
      expect(await answer.text()).toContain("</html>");
      console.log(`with ${SLOW_CLIENTS} slow clients connected, / answered in ${answeredMs.toFixed(0)} ms`);
      expect(answeredMs).toBeLessThan(3_000);

      // The header timeout closes every one of them (Node checks it once a second).
      const deadline = performance.now() + TIMEOUTS.headersMs + 10_000;
      while (closedAt.length < SLOW_CLIENTS && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 250));
      expect(closedAt.length).toBe(SLOW_CLIENTS);
      expect(Math.max(...closedAt)).toBeLessThan(TIMEOUTS.headersMs + 10_000);
    } finally {
      clearInterval(timer);
      for (const socket of sockets) socket.destroy();
    }
  }, 60_000);
});

describe("npm start stopped with SIGTERM", () => {
  it("finishes the request in flight, then leaves no process behind", async () => {
    // npm start serves $BUILD_DIR (default .next), and would build first if it were not there.
    expect(existsSync(join(readSettings(process.env).BUILD_DIR, "BUILD_ID"))).toBe(true);
    const port = await freePort();
    const npm = spawn("npm", ["start"], {
      stdio: "ignore",
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    });
    const origin = `http://127.0.0.1:${port}`;
    try {
      await waitUntilAnswering(`${origin}/`, { child: npm, name: "npm start" });
      // npm, its shell, tsx, scripts/start.ts and the server itself.
      const tree = processTree(npm.pid!);
      expect(tree.length).toBeGreaterThanOrEqual(4);

      // A response still being read when the signal comes: its reader holds back until after.
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        get(`${origin}/`, (res) => {
          res.pause();
          setTimeout(() => {
            let body = "";
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => (body += chunk));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
            res.resume();
          }, 1_000);
        }).on("error", reject);
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stopped = performance.now();
      npm.kill("SIGTERM");

      const finished = await response;
      expect(finished.status).toBe(200);
      expect(finished.body).toContain("</html>");

      let left = tree;
      while (left.length > 0 && performance.now() - stopped < 15_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        left = tree.filter((pid) => existsSync(`/proc/${pid}`));
      }
      console.log(
        `npm start stopped: ${tree.length} processes gone ${((performance.now() - stopped) / 1000).toFixed(1)} s after SIGTERM`,
      );
      expect(left).toEqual([]);
      await expect(fetch(`${origin}/`)).rejects.toThrow();
    } finally {
      for (const pid of processTree(npm.pid!)) process.kill(pid, "SIGKILL");
    }
  }, 120_000);
});
