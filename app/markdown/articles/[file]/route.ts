// An article as Markdown for AI assistants, served at /articles/<slug>.md. Next has no route for a
// segment with a suffix, so next.config.mjs rewrites /articles/<slug>.md here, and the static
// export moves the files this writes (markdown/articles/<slug>.md) to articles/<slug>.md
// (scripts/export.ts). Any other name answers 404, never 500.
import { notFound } from "next/navigation";
import { getArticleMarkdown, getArticleSummaries } from "@/lib/content";
import { settings } from "@/lib/settings.mjs";

export const dynamic = "force-static";

// A copy re-parses and rewrites the article's Markdown, about 20 ms an article: as much as
// prerendering its page. So a server build makes each copy on its first request and keeps it
// (an empty list here makes Next cache what it answers), as it does the preview images; only
// a static export, which has no server, writes them all up front.
export function generateStaticParams() {
  return settings().STATIC_EXPORT ? getArticleSummaries().map(({ slug }) => ({ file: `${slug}.md` })) : [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const markdown = file.endsWith(".md") ? getArticleMarkdown(file.slice(0, -".md".length)) : undefined;
  if (markdown === undefined) notFound();
  return new Response(markdown, { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
}
