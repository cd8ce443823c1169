// The course timeline follows the planner's data: other spacing, counts or result times move the marks.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CourseTimelineFigure } from "@/components/diagrams/CourseTimelineFigure";
import type { Plan } from "@/lib/content";
import { layoutCourseTimeline } from "@/lib/diagrams/course-timeline";

const plan = (overrides: Partial<Plan> = {}): Plan => ({
  goal: "acne-scars",
  label: "Acne scars",
  basis: "trials",
  sessions: { min: 2, max: 3, typical: 3 },
  interval: { unit: "weeks", min: 2, max: 4, typical: 4 },
  clinicInterval: { unit: "weeks", min: 4, max: 6 },
  sources: ["alam-2014"],
  ...overrides,
});

describe("course timeline", () => {
  it("places sessions where the planner would: the typical count, the typical gap", () => {
    const [row] = layoutCourseTimeline([plan()]).rows;
    expect(row!.sessions.map((session) => session.week)).toEqual([0, 4, 8]);
    expect(row!.spacing).toBe("2 to 4 weeks");
    expect(row!.clinicSpacing).toBe("4 to 6 weeks");
  });

  it("changes when the plan changes: a monthly gap and five sessions", () => {
    const [row] = layoutCourseTimeline([
      plan({ sessions: { min: 5, max: 5 }, interval: { unit: "months", min: 1, max: 1 } }),
    ]).rows;
    // Calendar months from a fixed start: 31, 28, 31 and 30 days.
    expect(row!.sessions.map((session) => Math.round(session.week * 7))).toEqual([0, 31, 59, 90, 120]);
  });

  it("marks when results were measured, counted from the first or the last session", () => {
    const fromFirst = layoutCourseTimeline([
      plan({ results: { afterDays: 84, from: "first session", sources: ["dhurat-2013"] } }),
    ]);
    const fromLast = layoutCourseTimeline([
      plan({ results: { afterDays: 84, from: "last session", sources: ["dhurat-2013"] } }),
    ]);
    expect(fromFirst.rows[0]!.results!.week).toBe(12);
    expect(fromLast.rows[0]!.results!.week).toBe(20);
    expect(fromLast.rows[0]!.results!.x).toBeGreaterThan(fromFirst.rows[0]!.results!.x);
    expect(fromFirst.sources).toEqual(["alam-2014", "dhurat-2013"]);
    expect(fromFirst.lines[0]).toBe(
      "Acne scars: 3 sessions, 2 to 4 weeks apart in the studies; many clinics suggest 4 to 6 weeks; results measured about 12 weeks after the first session; no tested top-up timing.",
    );
  });

  it("a goal without a session count draws no sessions and says so", () => {
    const timeline = layoutCourseTimeline([
      plan({
        goal: "hair-loss",
        label: "Hair loss",
        sessions: undefined,
        interval: { unit: "weeks", min: 1, max: 1 },
        clinicInterval: undefined,
      }),
    ]);
    expect(timeline.rows[0]!.sessions).toEqual([]);
    expect(timeline.lines[0]).toBe(
      "Hair loss: sessions 1 week apart; our sources give no set number; no time for measuring results in our data; no tested top-up timing.",
    );
  });

  it("widens its axis to fit a later top-up", () => {
    const short = layoutCourseTimeline([plan()]);
    const long = layoutCourseTimeline([plan({ maintenance: { afterWeeks: 40, basis: "clinic practice" } })]);
    expect(long.rows[0]!.maintenance!.week).toBe(48);
    expect(long.weeks).toBeGreaterThan(short.weeks);
  });

  it("renders one session dot per planned session, and different SVG for a different plan", () => {
    const render = (plans: Plan[]) =>
      renderToStaticMarkup(createElement(CourseTimelineFigure, { plans, references: [] }));
    const three = render([plan()]);
    const five = render([plan({ sessions: { min: 5, max: 5 } })]);
    const dots = (svg: string) => (svg.match(/<circle[^>]*r="6" fill="var\(--meter\)"/g) ?? []).length;
    expect(dots(three)).toBe(3);
    expect(dots(five)).toBe(5);
    expect(five).toContain("<li>Acne scars: 5 sessions, 2 to 4 weeks apart in the studies;");
    expect(three).not.toContain(">top-up</text>");
    expect(render([plan({ maintenance: { afterWeeks: 40, basis: "clinic practice" } })])).toContain(">top-up</text>");
  });
});
