import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/seo/JsonLd";
import { StudyView } from "@/components/study/StudyView";
import { ReportMistake } from "@/components/site/ReportMistake";
import { getReportTarget, getStudies, getStudy } from "@/lib/content";
import { studyPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/site";
import { studyJsonLd } from "@/lib/seo/json-ld";

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return getStudies().map(({ source }) => ({ id: source.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const study = getStudy((await params).id);
  if (!study) return {};
  const what = study.design ?? "source";
  return pageMetadata({
    path: studyPath(study.source.id),
    title: `What the study found: ${study.source.title}`,
    description: `The ${what} behind claims on this site: who took part, what was compared, what it found and its limits.`,
  });
}

export default async function StudyPage({ params }: Props) {
  const study = getStudy((await params).id);
  if (!study) notFound();
  return (
    <>
      <JsonLd data={studyJsonLd(study.source, studyPath(study.source.id))} />
      <StudyView study={study} />
      <ReportMistake
        target={getReportTarget()}
        subject={{ pageUrl: absoluteUrl(studyPath(study.source.id)), pageTitle: study.source.title }}
      />
    </>
  );
}
