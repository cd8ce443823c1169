// npm run export — the same site as plain static files in out/, for any static host or CDN
// (README: "Static export"). It runs the real build (content check, next build, search index)
// with STATIC_EXPORT=1. Next builds an export in .next, where the server build that
// `npm start` serves lives, so the export is built in a scratch copy of the project, made inside
// it so that node_modules resolves, and only out/ is kept. OUT_DIR puts it elsewhere.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { SERVER_ONLY_PATHS } from "../lib/routes";
import { settings } from "../lib/settings.mjs";

/**
 * Routes that answer each request from its query string (the session planner and its calendar
 * file, the "is it for me?" check; marked serverOnly in lib/routes.ts). A static host cannot run
 * them, so the export leaves them out; the README says how to keep them on a server.
 */
export const SERVER_ONLY_ROUTES = SERVER_ONLY_PATHS;

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "scripts",
  "server",
  "next.config.mjs",
  "package.json",
  "tsconfig.json",
  "tsconfig.build.json",
];

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => statSync(join(dir, file)).isFile());
}

/**
 * The articles' Markdown copies answer at /articles/<slug>.md. On the server a rewrite sends that
 * address to app/markdown/articles/[file]; a static host has no rewrites, so the files move there.
 */
export function moveMarkdownCopies(out: string): void {
  const from = join(out, "markdown", "articles");
  if (!existsSync(from)) return;
  for (const file of readdirSync(from))
    if (file.endsWith(".md")) renameSync(join(from, file), join(out, "articles", file));
  rmSync(join(out, "markdown"), { recursive: true, force: true });
}

/** Builds the export into `out`; returns whether the build succeeded. */
export function exportSite(out = resolve(settings().EXPORT_DIR), content = resolve(settings().CONTENT_DIR)): boolean {
  // Under .next-*: ignored by git and eslint.
  const scratch = resolve(`.next-export-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  try {
    for (const source of SOURCES) if (existsSync(source)) cpSync(source, join(scratch, source), { recursive: true });
    for (const route of SERVER_ONLY_ROUTES) rmSync(join(scratch, "app", route), { recursive: true, force: true });
    // public/pagefind is the server build's index; the export gets its own.
    rmSync(join(scratch, "public", "pagefind"), { recursive: true, force: true });
    cpSync(content, join(scratch, "content"), { recursive: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      STATIC_EXPORT: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      CONTENT_DIR: join(scratch, "content"),
    };
    delete env.BUILD_DIR;
    delete env.BUILD_TSCONFIG;
    const build = spawnSync("npm", ["run", "build"], { cwd: scratch, env, stdio: "inherit" });
    if (build.status !== 0) return false;
    moveMarkdownCopies(join(scratch, "out"));
    rmSync(out, { recursive: true, force: true });
    renameSync(join(scratch, "out"), out);
    return true;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = resolve(settings().EXPORT_DIR);
  if (!exportSite(out)) process.exit(1);
  const files = filesIn(out);
  const megabytes = files.reduce((total, file) => total + statSync(join(out, file)).size, 0) / 1e6;
  console.log(
    `\nStatic site: ${files.length} files, ${megabytes.toFixed(1)} MB in ${out}. Serve it from any static host (README: "Static export").`,
  );
  console.log(`Not in it, since they answer each request on a server: ${SERVER_ONLY_ROUTES.join(", ")}.`);
}
