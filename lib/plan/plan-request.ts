// Reads the planner's form (the query string of /plan and of the calendar file) into a
// schedule, or into a message per field. Every figure about sessions comes from the
// sessions article's `plans`; the limits here only keep the form's input sensible.
import { withoutForbiddenCodePoints } from "../code-points";
import type { Plan } from "../content/schema";
import { formatDate } from "../format";
import { addDays, addMonths, intervalDays, parseIsoDate, sessionDates, type Interval } from "./dates";

export type Query = Record<string, string | string[] | undefined>;

/** What the form may hold: gaps and counts beyond these are typing slips, not plans. */
export const PLAN_LIMITS = {
  weeks: { min: 1, max: 26 },
  months: { min: 1, max: 6 },
  sessions: { min: 1, max: 30 },
  /** A start date may lie up to a year back (a course already under way) and two years ahead. */
  startDaysBack: 365,
  startMonthsAhead: 24,
} as const;

/** The form's fields as the reader typed them, to fill the form again. */
export interface PlanForm {
  goal: string;
  start: string;
  interval: string;
  unit: string;
  sessions: string;
}

export type PlanErrors = Partial<Record<keyof PlanForm, string>>;

/** Where the reader's choice sits against a range from the content. */
export type Comparison = "shorter" | "within" | "longer";

export interface Schedule {
  plan: Plan;
  start: Date;
  interval: Interval;
  /** True when the reader left the gap empty and the plan's own figure was used. */
  intervalFromPlan: boolean;
  sessions: Date[];
  sessionsFromPlan: boolean;
  /** The reader's gap against the plan's (trials or clinic) range. */
  intervalVsPlan: Comparison;
  intervalVsClinic?: Comparison;
  sessionsVsPlan?: Comparison;
  maintenance?: Date;
}

export interface PlanRequest {
  form: PlanForm;
  /** False on a first visit (no goal chosen yet): show the form only. */
  submitted: boolean;
  errors: PlanErrors;
  schedule?: Schedule;
}

/** A query value as typed, less the code points a page may not contain (it is shown back in the form). */
const first = (value: string | string[] | undefined) =>
  withoutForbiddenCodePoints((Array.isArray(value) ? value[0] : value) ?? "");

/** The gap a plan's sources used: the typical one, or the shortest. */
export const planInterval = (plan: Plan): Interval => ({
  count: plan.interval.typical ?? plan.interval.min,
  unit: plan.interval.unit,
});

/** The number of sessions a plan's sources used: the typical count, or the most; none when they give no count. */
export const planSessions = (plan: Plan): number | undefined =>
  plan.sessions ? (plan.sessions.typical ?? plan.sessions.max) : undefined;

export function startWindow(today: Date): { earliest: Date; latest: Date } {
  return {
    earliest: addDays(today, -PLAN_LIMITS.startDaysBack),
    latest: addMonths(today, PLAN_LIMITS.startMonthsAhead),
  };
}

/** A whole number typed into a form, or undefined for anything else ("4.5", "four", "4e1"). */
function wholeNumber(text: string): number | undefined {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : undefined;
}

function compareDays(chosen: { min: number; max: number }, range: { min: number; max: number }): Comparison {
  if (chosen.max < range.min) return "shorter";
  if (chosen.min > range.max) return "longer";
  return "within";
}

function compareInterval(chosen: Interval, range: { unit: Interval["unit"]; min: number; max: number }): Comparison {
  const low = intervalDays({ count: range.min, unit: range.unit });
  const high = intervalDays({ count: range.max, unit: range.unit });
  return compareDays(intervalDays(chosen), { min: low.min, max: high.max });
}

function compareCount(chosen: number, range: { min: number; max: number }): Comparison {
  return compareDays({ min: chosen, max: chosen }, range);
}

export function readPlanRequest(query: Query, plans: readonly Plan[], today: Date): PlanRequest {
  const form: PlanForm = {
    goal: first(query.goal).trim(),
    start: first(query.start).trim(),
    interval: first(query.interval).trim(),
    unit: first(query.unit).trim() || "weeks",
    sessions: first(query.sessions).trim(),
  };
  if (!form.goal) return { form, submitted: false, errors: {} };

  const errors: PlanErrors = {};
  const plan = plans.find((candidate) => candidate.goal === form.goal);
  if (!plan) errors.goal = "Choose one of the goals in the list.";

  const { earliest, latest } = startWindow(today);
  const start = parseIsoDate(form.start);
  if (!form.start) errors.start = "Enter the date of your first session, like 2027-01-31.";
  else if (!start)
    errors.start = `“${form.start}” is not a date. Enter a real date as year-month-day, like 2027-01-31.`;
  else if (start < earliest || start > latest)
    errors.start = `Choose a date from ${formatDate(earliest)} to ${formatDate(latest)}.`;

  let interval: Interval | undefined;
  if (form.interval) {
    const unit = form.unit === "months" ? "months" : form.unit === "weeks" ? "weeks" : undefined;
    const count = wholeNumber(form.interval);
    const limits = PLAN_LIMITS[unit ?? "weeks"];
    if (!unit) errors.unit = "Choose weeks or months.";
    else if (count === undefined)
      errors.interval = `Enter the gap as a whole number of ${unit}, like ${limits.min + 1}.`;
    else if (count < limits.min || count > limits.max)
      errors.interval = `Choose a gap of ${limits.min} to ${limits.max} ${unit}.`;
    else interval = { count, unit };
  } else if (plan) {
    interval = planInterval(plan);
  }

  let sessions: number | undefined;
  if (form.sessions) {
    const count = wholeNumber(form.sessions);
    const { min, max } = PLAN_LIMITS.sessions;
    if (count === undefined || count < min || count > max)
      errors.sessions = `Enter the number of sessions as a whole number from ${min} to ${max}.`;
    else sessions = count;
  } else if (plan) {
    sessions = planSessions(plan);
    if (sessions === undefined)
      errors.sessions = `Our sources give no set number of sessions for ${plan.label.toLowerCase()}. Enter the number you plan, for example the one your clinic suggests.`;
  }

  if (!plan || !start || !interval || sessions === undefined || Object.keys(errors).length > 0)
    return { form, submitted: true, errors };
  const dates = sessionDates(start, interval, sessions);
  return {
    form,
    submitted: true,
    errors,
    schedule: {
      plan,
      start,
      interval,
      intervalFromPlan: !form.interval,
      sessions: dates,
      sessionsFromPlan: !form.sessions,
      intervalVsPlan: compareInterval(interval, plan.interval),
      intervalVsClinic: plan.clinicInterval && compareInterval(interval, plan.clinicInterval),
      sessionsVsPlan: plan.sessions && compareCount(sessions, plan.sessions),
      maintenance: plan.maintenance && addDays(dates.at(-1)!, 7 * plan.maintenance.afterWeeks),
    },
  };
}

/** The query string that asks for the same plan: for the calendar link and for sharing. */
export function planQuery(form: PlanForm): string {
  const params = new URLSearchParams();
  for (const key of ["goal", "start", "interval", "unit", "sessions"] as const)
    if (form[key]) params.set(key, form[key]);
  return params.toString();
}
