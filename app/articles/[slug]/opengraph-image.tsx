import { notFound } from "next/navigation";
import { getArticle, getArticleSummaries } from "@/lib/content";
import { previewImage } from "@/lib/seo/preview-image";
import { SITE_NAME } from "@/lib/site";
import { getTopic } from "@/lib/topics";

export const dynamicParams = false;
export const alt = "The article's title and topic on a card of the guide";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// One image per published article, drawn at build time.
export function generateStaticParams() {
  return getArticleSummaries().map(({ slug }) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return previewImage({ eyebrow: getTopic(article.meta.topic)!.label, title: article.meta.title, footer: SITE_NAME });
}
