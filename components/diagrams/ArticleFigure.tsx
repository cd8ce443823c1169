import type { Article } from "@/lib/content";
import type { FigureName } from "@/lib/diagrams/names";
import { CourseTimelineFigure } from "./CourseTimelineFigure";
import { EvidenceChartFigure } from "./EvidenceChartFigure";
import { HealingStepsFigure } from "./HealingStepsFigure";
import { SkinLayersFigure } from "./SkinLayersFigure";

/** The figure a `::figure{name="…"}` line placed, drawn from the article's data. */
export function ArticleFigure({ name, article }: { name: FigureName; article: Article }) {
  const { meta, references } = article;
  switch (name) {
    case "skin-layers":
      return <SkinLayersFigure references={references} />;
    case "healing-steps":
      return <HealingStepsFigure references={references} />;
    case "evidence-chart":
      return meta.claims && meta.claims.length > 0 ? (
        <EvidenceChartFigure claims={meta.claims} references={references} />
      ) : null;
    case "course-timeline":
      return meta.plans && meta.plans.length > 0 ? (
        <CourseTimelineFigure plans={meta.plans} references={references} />
      ) : null;
  }
}
