import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AftercareTimeline } from "@/components/article/AftercareTimeline";
import { MedicalNotice } from "@/components/site/MedicalNotice";
import { getTimelineArticles } from "@/lib/content";
import { absoluteUrl } from "@/lib/site";
import styles from "./timeline.module.css";

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

const find = (slug: string) => getTimelineArticles().find(({ article }) => article.slug === slug);

export function generateStaticParams() {
  return getTimelineArticles().map(({ article }) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = find((await params).slug);
  if (!found) return {};
  return {
    title: `Printable timeline: ${found.article.meta.title}`,
    description: found.article.meta.description,
    alternates: { canonical: `/articles/${found.article.slug}/timeline` },
  };
}

/** The aftercare timeline on one printed page. */
export default async function TimelinePrintPage({ params }: Props) {
  const found = find((await params).slug);
  if (!found) notFound();
  const { article, timeline } = found;
  const articleUrl = `/articles/${article.slug}`;
  return (
    <div className={styles.page} data-timeline-print>
      <h1>Aftercare timeline</h1>
      <p className={styles.intro}>
        From <a href={articleUrl}>{article.meta.title}</a> ({absoluteUrl(articleUrl)}). Most timings are common clinic
        practice, not tested in trials. If your clinic gave you different advice, follow theirs.
      </p>
      <AftercareTimeline article={article} timeline={timeline} sectionHref={(id) => `${articleUrl}#${id}`} level={2} />
      <div>
        <MedicalNotice />
      </div>
    </div>
  );
}
