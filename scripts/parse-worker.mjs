// Plain JavaScript: the entry of a parse thread, and worker threads do not inherit tsx's loader,
// so this file loads the TypeScript worker through tsx's API.
// @ts-check
import { tsImport } from "tsx/esm/api";

await tsImport("./parse-worker.ts", import.meta.url);
