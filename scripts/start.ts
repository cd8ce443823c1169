// npm start — serves the production build on $PORT (default 3000), building first
// when there is no build yet, so that one command takes a fresh clone to a running site.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { buildIfNeeded } from "./build-if-needed";
import { SERVER_COMMAND } from "./local-server";

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

buildIfNeeded(env);

// The server runs in its own process so that it starts with NODE_ENV set before Next
// loads; signals are passed on so that stopping npm start stops it too.
const [command, ...args] = SERVER_COMMAND;
const server = spawn(command, args, { stdio: "inherit", env });
// The server finishes its requests in flight within a few seconds (server/serve.ts); one that
// has not exited soon after is killed, so that no server outlives npm start.
const KILL_AFTER_MS = 8_000;
let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
  setTimeout(() => server.kill("SIGKILL"), KILL_AFTER_MS).unref();
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// npm runs this through "sh -c" and tsx, and on SIGTERM npm signals only the shell, which dies
// without passing it on: this process and the server would be left running. So the processes
// that started this one are watched too, and when one of them ends, the server is stopped as if
// by SIGTERM. (Linux's /proc gives the chain; elsewhere only the direct parent is watched.)
function ancestors(): number[] {
  const chain: number[] = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 4;) {
    chain.push(pid);
    try {
      // /proc/<pid>/stat: "pid (command) state ppid ..."; the command may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      pid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      break;
    }
  }
  return chain;
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};
const launchers = ancestors();
setInterval(() => {
  if (launchers.some((pid) => !alive(pid))) stop("SIGTERM");
}, 500).unref();
