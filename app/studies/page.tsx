import type { Metadata } from "next";
import { GradingMethod } from "@/components/study/GradingMethod";
import { StudyGroups } from "@/components/study/StudyGroups";
import { getStudies } from "@/lib/content";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  return pageMetadata({
    path: "/studies",
    title: "The evidence base: every study we cite",
    description:
      "Every study and source this site cites, what each found, and how we grade the evidence behind each claim.",
  });
}

export default function StudiesPage() {
  const studies = getStudies();
  return (
    <div className="studies">
      <h1>The evidence base</h1>
      <p className="lede">
        Every study and source this site cites, {studies.length} in all. Each has its own page: who took part, what was
        compared, what it found, and where we cite it.
      </p>
      <GradingMethod />
      <StudyGroups studies={studies} />
    </div>
  );
}
