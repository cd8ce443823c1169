// Entry of a parse thread: worker threads do not inherit tsx's loader, so load the
// TypeScript worker through tsx's API.
import { tsImport } from "tsx/esm/api";

await tsImport("./parse-worker.ts", import.meta.url);
