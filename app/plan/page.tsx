// The tools' own stylesheet first (why: components/tools/tools.css).
import "@/components/tools/tools.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanFacts } from "@/components/plan/PlanFacts";
import { PlanForm } from "@/components/plan/PlanForm";
import { PlanResult } from "@/components/plan/PlanResult";
import { getPlanner, getTopicArticles } from "@/lib/content";
import { toolMetadata } from "@/lib/seo/metadata";
import { utcDay } from "@/lib/plan/dates";
import { planQuery, readPlanRequest, startWindow, type Query } from "@/lib/plan/plan-request";
import readable from "@/app/readable.module.css";

type Props = { searchParams: Promise<Query> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const answered = Object.keys(await searchParams).length > 0;
  return toolMetadata(
    {
      path: "/plan",
      title: "Session planner",
      description:
        "Turn the courses of microneedling used in studies into dates: pick a goal and a start date, and add the sessions to your calendar.",
    },
    answered,
  );
}

export default async function PlanPage({ searchParams }: Props) {
  const planner = getPlanner();
  if (!planner) notFound();
  const today = utcDay(new Date());
  const request = readPlanRequest(await searchParams, planner.plans, today);
  return (
    <div className={readable.column}>
      <h1>Plan your sessions</h1>
      <p className="lede">
        Pick what you want to treat and the date of your first session. The planner lays out the dates, using the
        courses studies used, and you can add them to your calendar. Nothing you enter is stored.
      </p>
      {request.schedule && (
        <PlanResult
          schedule={request.schedule}
          article={planner.article}
          query={planQuery(request.form)}
          aftercare={getTopicArticles("aftercare")[0]}
        />
      )}
      <PlanForm
        plans={planner.plans}
        form={request.form}
        errors={request.errors}
        today={today}
        window={startWindow(today)}
        submitted={request.submitted}
      />
      <PlanFacts plans={planner.plans} article={planner.article} />
    </div>
  );
}
