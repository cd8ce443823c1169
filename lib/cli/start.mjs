// npm start — serves the production build on $PORT (default 3000), building first
// when there is no build yet, so that one command takes a fresh clone to a running site.
import { spawn } from "node:child_process";
import { ensureBuild } from "./ensure-build.mjs";

const port = process.env.PORT || "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

ensureBuild(env);

const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
