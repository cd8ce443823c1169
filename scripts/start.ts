// npm start — serves the production build on $PORT (default 3000), building first
// when there is no build yet, so that one command takes a fresh clone to a running site.
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { SERVER_COMMAND } from "./local-server";

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

buildIfNeeded(env);

// The server runs in its own process so that it starts with NODE_ENV set before Next
// loads; signals are passed on so that stopping npm start stops it too.
const [command, ...args] = SERVER_COMMAND;
const server = spawn(command, args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
