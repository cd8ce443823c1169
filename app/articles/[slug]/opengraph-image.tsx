import { notFound } from "next/navigation";
import { getArticle, getArticleSummaries } from "@/lib/content";
import { settings } from "@/lib/settings.mjs";
import { SITE_NAME } from "@/lib/site";
import { getTopic } from "@/lib/topics";

export const alt = "The article's title and topic on a card of the guide";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Drawing a card costs about 15 ms, as much as building the article page itself. So a server
// build draws each card on its first request and keeps it (an empty list here makes Next
// cache what it renders); only a static export, which has no server, draws them all up front.
export function generateStaticParams() {
  return settings().STATIC_EXPORT ? getArticleSummaries().map(({ slug }) => ({ slug })) : [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  // Loaded here, not at the top: next/og brings its image renderer, which took each build worker
  // about a second to load, and a server build draws no card.
  const { previewImage } = await import("@/lib/seo/preview-image");
  return previewImage({ eyebrow: getTopic(article.meta.topic)!.label, title: article.meta.title, footer: SITE_NAME });
}
