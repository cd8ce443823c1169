// A course of treatment on a timeline, one row per goal of the session planner: sessions at the
// spacing the planner uses, the range of spacing the sources allow, when a study measured results
// and any top-up. Every figure comes from the sessions article's `plans` (lib/content/schema.ts)
// through the planner's own rules (lib/plan/), so the drawing and the planner never disagree.
import type { Plan } from "../content/schema";
import { formatIntervalRange, sessionDates } from "../plan/dates";
import { planInterval, planSessions } from "../plan/plan-request";
import { px } from "./measure";

export interface CourseRow {
  goal: string;
  label: string;
  y: number;
  /** Session positions, in weeks from the first session (none: the sources give no count). */
  sessions: { week: number; x: number }[];
  /** Where a study measured results, in weeks from the first session. */
  results?: { week: number; x: number; from: "first session" | "last session"; sources: string[] };
  /** The first top-up, in weeks from the first session. */
  maintenance?: { week: number; x: number; basis: string };
  spacing: string;
  clinicSpacing?: string;
  basis: Plan["basis"];
}

export interface CourseTimeline {
  width: number;
  height: number;
  left: number;
  right: number;
  /** Weeks shown on the axis. */
  weeks: number;
  ticks: { x: number; label: string }[];
  rows: CourseRow[];
  sources: string[];
  lines: string[];
}

const WIDTH = 320;
const LEFT = 12;
const RIGHT = WIDTH - 16;
const ROW = 92;
const TOP = 44;
/** Any fixed Monday: positions are differences between dates, so the day itself never shows. */
const ORIGIN = new Date(Date.UTC(2001, 0, 1));
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const weeksFrom = (date: Date) => (date.getTime() - ORIGIN.getTime()) / WEEK_MS;

export function layoutCourseTimeline(plans: readonly Plan[]): CourseTimeline {
  const placed = plans.map((plan) => {
    const count = planSessions(plan);
    const sessions = count === undefined ? [] : sessionDates(ORIGIN, planInterval(plan), count).map(weeksFrom);
    const last = sessions.at(-1) ?? 0;
    const results = plan.results && {
      week: (plan.results.from === "first session" ? 0 : last) + plan.results.afterDays / 7,
      from: plan.results.from,
      sources: plan.results.sources,
    };
    const maintenance = plan.maintenance && { week: last + plan.maintenance.afterWeeks, basis: plan.maintenance.basis };
    return { plan, sessions, results, maintenance };
  });
  const latest = Math.max(
    4,
    ...placed.flatMap(({ sessions, results, maintenance }) => [
      ...sessions,
      results?.week ?? 0,
      maintenance?.week ?? 0,
    ]),
  );
  const weeks = Math.ceil((latest + 1) / 4) * 4;
  const x = (week: number) => px(LEFT + (week / weeks) * (RIGHT - LEFT));
  const tickStep = weeks <= 16 ? 4 : weeks <= 32 ? 8 : 12;
  const ticks = Array.from({ length: Math.floor(weeks / tickStep) + 1 }, (_, index) => index * tickStep).map(
    (week) => ({ x: x(week), label: String(week) }),
  );
  const rows = placed.map(({ plan, sessions, results, maintenance }, index): CourseRow => ({
    goal: plan.goal,
    label: plan.label,
    y: px(TOP + index * ROW),
    sessions: sessions.map((week) => ({ week: px(week), x: x(week) })),
    results: results && { ...results, week: px(results.week), x: x(results.week) },
    maintenance: maintenance && { ...maintenance, week: px(maintenance.week), x: x(maintenance.week) },
    spacing: formatIntervalRange(plan.interval),
    clinicSpacing: plan.clinicInterval && formatIntervalRange(plan.clinicInterval),
    basis: plan.basis,
  }));
  const sources = [
    ...new Set(
      plans.flatMap((plan) => [
        ...(plan.sources ?? []),
        ...(plan.results?.sources ?? []),
        ...(plan.maintenance?.sources ?? []),
      ]),
    ),
  ];
  const lines = rows.map((row) => describeRow(row));
  return {
    width: WIDTH,
    height: px(TOP + rows.length * ROW + 30),
    left: LEFT,
    right: RIGHT,
    weeks,
    ticks,
    rows,
    sources,
    lines,
  };
}

const weeksText = (week: number) => `${Math.round(week)} week${Math.round(week) === 1 ? "" : "s"}`;

function describeRow(row: CourseRow): string {
  const parts = [
    row.sessions.length > 0
      ? `${row.sessions.length} session${row.sessions.length === 1 ? "" : "s"}, ${row.spacing} apart in the ${row.basis === "trials" ? "studies" : "clinics' practice"}`
      : `sessions ${row.spacing} apart; our sources give no set number`,
    row.clinicSpacing ? `many clinics suggest ${row.clinicSpacing}` : undefined,
    row.results
      ? `results measured about ${weeksText(row.results.week)} after the first session`
      : "no time for measuring results in our data",
    row.maintenance
      ? `first top-up about ${weeksText(row.maintenance.week)} after the first session (${row.maintenance.basis})`
      : "no tested top-up timing",
  ];
  return `${row.label}: ${parts.filter(Boolean).join("; ")}.`;
}
