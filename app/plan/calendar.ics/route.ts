// The planned sessions as an iCalendar file. Built from the query string on each request;
// nothing is stored. A bad query gets a 400 with the form's own messages, never a 500.
import type { NextRequest } from "next/server";
import { getPlanner } from "@/lib/content";
import { utcDay } from "@/lib/plan/dates";
import { scheduleCalendar } from "@/lib/plan/plan-calendar";
import { planQuery, readPlanRequest } from "@/lib/plan/plan-request";
import { SITE_NAME, SITE_URL, absoluteUrl } from "@/lib/site";

const PRIVATE = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };

export function GET(request: NextRequest) {
  const planner = getPlanner();
  const now = new Date();
  const params = request.nextUrl.searchParams;
  // Every value of each key, as a page's searchParams gives them; the reader takes the first.
  const query = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
  const plan = planner && readPlanRequest(query, planner.plans, utcDay(now));
  if (!plan?.schedule) {
    const problems = plan ? Object.values(plan.errors) : ["The planner has no data."];
    const message = [
      "This calendar file needs a complete plan.",
      ...(problems.length > 0 ? problems : ["Choose a goal and a start date."]),
      `Make one at ${absoluteUrl("/plan")}`,
    ];
    return new Response(message.join("\n") + "\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE },
    });
  }
  const body = scheduleCalendar(plan.schedule, {
    siteName: SITE_NAME,
    planUrl: absoluteUrl(`/plan?${planQuery(plan.form)}`),
    host: SITE_URL.hostname,
    stamp: now,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="microneedling-${plan.schedule.plan.goal}.ics"`,
      ...PRIVATE,
    },
  });
}
