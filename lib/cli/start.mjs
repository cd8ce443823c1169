// npm start — serves the production build on $PORT (default 3000), building first
// when there is no build yet, so that one command takes a fresh clone to a running site.
import { spawn } from "node:child_process";
import { ensureBuild } from "./ensure-build.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

ensureBuild(env);

// The server (lib/server/serve.mjs) runs in its own process so that it starts with NODE_ENV
// set before Next loads; signals are passed on so that stopping npm start stops it too.
const server = spawn(process.execPath, ["lib/server/serve.mjs"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
