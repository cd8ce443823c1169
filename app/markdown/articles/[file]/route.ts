// An article as Markdown for AI assistants, served at /articles/<slug>.md. Next has no route for a
// segment with a suffix, so next.config.mjs rewrites /articles/<slug>.md here, and the static
// export moves the files this writes (markdown/articles/<slug>.md) to articles/<slug>.md
// (scripts/export.ts). Any other name answers 404, never 500.
import { notFound } from "next/navigation";
import { getArticleMarkdown, getArticleSummaries } from "@/lib/content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSummaries().map(({ slug }) => ({ file: `${slug}.md` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const markdown = file.endsWith(".md") ? getArticleMarkdown(file.slice(0, -".md".length)) : undefined;
  if (markdown === undefined) notFound();
  return new Response(markdown, { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
}
