import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/topic/ArticleList";
import { getTopicArticles } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";
import { getTopic, TOPICS } from "@/lib/topics";
import readable from "@/app/readable.module.css";

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

export function generateStaticParams() {
  return TOPICS.map((topic) => ({ topic: topic.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).topic);
  if (!topic) return {};
  return pageMetadata({
    path: `/topics/${topic.id}`,
    title: topic.label,
    description: `Articles on ${topic.label.toLowerCase()}: ${topic.question}`,
  });
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).topic);
  if (!topic) notFound();
  const articles = getTopicArticles(topic.id);
  return (
    <div className={readable.column}>
      <p className="eyebrow">Topic</p>
      <h1>{topic.label}</h1>
      <p className="lede">{topic.question}</p>
      {articles.length > 0 ? <ArticleList articles={articles} /> : <p>No articles on this topic yet.</p>}
    </div>
  );
}
