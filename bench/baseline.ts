// The plain baseline the build is measured against (issue 21): the smallest Next.js App Router
// site that prerenders the same generated articles the usual way — read the file, gray-matter,
// remark with remark-html, one page per article (as Next's blog-starter example does), in
// TypeScript with `next build`'s own type check, and Next's default settings.
//
// It is written from the templates below into `.next-bench-baseline-<count>/` inside the project
// for each bench run and deleted afterwards. Inside the project, so that it uses the project's own
// installed next, react, gray-matter and remark (node_modules is found up the tree; Turbopack
// refuses a node_modules symlinked from a temporary folder). A `.next-*` folder, so that the
// project's tsc (tsconfig.json excludes `.next-*`), eslint (globalIgnores `.next-*/**`), git
// (.gitignore) and the site's own `next build` (which compiles only `app/`) never take it for
// part of the site. Kept as strings here rather than as files under bench/, which tsc and eslint
// would check against the site's rules (its pages are not the site's and may not follow them).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { runMeasured } from "../scripts/process-tree";
import { buildResult, type BuildResult } from "./build";

const files = (contentDir: string): Record<string, string> => ({
  "package.json": JSON.stringify({ name: "bench-baseline", private: true, type: "module" }, null, 2) + "\n",
  "next.config.mjs": "/** @type {import('next').NextConfig} */\nexport default {};\n",
  "tsconfig.json":
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022",
          lib: ["dom", "dom.iterable", "esnext"],
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: "esnext",
          moduleResolution: "bundler",
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: "react-jsx",
          incremental: true,
          plugins: [{ name: "next" }],
        },
        include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2,
    ) + "\n",
  "lib/posts.ts": `import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { remark } from "remark";
import html from "remark-html";

const dir = ${JSON.stringify(join(contentDir, "articles"))};

export type Post = { slug: string; title: string; description: string; published: string; html: string };

export function getSlugs(): string[] {
  return readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => name.replace(/\\.md$/, ""));
}

export function getMeta(slug: string) {
  const { data } = matter(readFileSync(join(dir, slug + ".md"), "utf8"));
  return { slug, title: String(data.title), description: String(data.description), published: String(data.published) };
}

export async function getPost(slug: string): Promise<Post> {
  const { data, content } = matter(readFileSync(join(dir, slug + ".md"), "utf8"));
  const result = await remark().use(html).process(content);
  return { slug, title: String(data.title), description: String(data.description), published: String(data.published), html: result.toString() };
}
`,
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.tsx": `import Link from "next/link";
import { getMeta, getSlugs } from "../lib/posts";

export default function Home() {
  const posts = getSlugs().map(getMeta);
  return (
    <main>
      <h1>Articles</h1>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link href={"/posts/" + post.slug}>{post.title}</Link> <time>{post.published}</time>
          </li>
        ))}
      </ul>
    </main>
  );
}
`,
  "app/posts/[slug]/page.tsx": `import type { Metadata } from "next";
import { getMeta, getPost, getSlugs } from "../../../lib/posts";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { title, description } = getMeta((await params).slug);
  return { title, description };
}

export default async function PostPage({ params }: Props) {
  const post = await getPost((await params).slug);
  return (
    <main>
      <article>
        <h1>{post.title}</h1>
        <time>{post.published}</time>
        <div dangerouslySetInnerHTML={{ __html: post.html }} />
      </article>
    </main>
  );
}
`,
});

/** The folder the baseline of `count` articles is written to (see the comment at the top). */
export const baselineDir = (count: number) => resolve(`.next-bench-baseline-${count}`);

/** Writes the baseline site for `contentDir` and times its `next build`, phase by phase as the site's build is. */
export async function benchBaseline(contentDir: string, articles: number): Promise<BuildResult> {
  const dir = baselineDir(articles);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files(contentDir))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    const run = await runMeasured(resolve("node_modules/.bin/next"), ["build", dir], env);
    return buildResult(run, articles);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
