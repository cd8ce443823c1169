import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticle, getArticleSummaries, getNeighbours, getReportTarget } from "@/lib/content";
import { editHref } from "@/lib/report";
import { settings } from "@/lib/settings.mjs";
import { articleJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getArticleSummaries().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={articleJsonLd(article)} />
      <ArticleView
        article={article}
        {...getNeighbours(slug)}
        report={{ target: getReportTarget(), editHref: editHref(settings().EDIT_URL, article.file) }}
      />
    </>
  );
}
