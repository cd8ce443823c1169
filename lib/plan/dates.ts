// Calendar dates as UTC midnights. A session date is a day, not a moment: keeping every
// date at 00:00 UTC and formatting in UTC means no reader's time zone can shift it.
import type { IntervalUnit } from "../content/schema";

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-02-29" → that day at 00:00 UTC; undefined for any text that is not a real date. */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to 2 March; a real date survives the round trip.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/** "2026-02-28" */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC calendar day of a moment: the date part of now, in UTC. */
export function utcDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

const daysInMonth = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();

/** Same day of the month, `months` later; a day the month lacks becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month))));
}

export interface Interval {
  count: number;
  unit: IntervalUnit;
}

/** The date `steps` intervals after `start`. */
export function addInterval(start: Date, interval: Interval, steps = 1): Date {
  return interval.unit === "weeks"
    ? addDays(start, 7 * interval.count * steps)
    : addMonths(start, interval.count * steps);
}

/**
 * `sessions` dates from `start`, one interval apart. Each is counted from the start, not
 * from the one before, so month ends do not drift (31 Jan, 28 Feb, 31 Mar, not 28 Mar).
 */
export function sessionDates(start: Date, interval: Interval, sessions: number): Date[] {
  return Array.from({ length: sessions }, (_, step) => addInterval(start, interval, step));
}

/** The fewest and most days an interval can span: a month is 28 to 31 days. */
export function intervalDays(interval: Interval): { min: number; max: number } {
  return interval.unit === "weeks"
    ? { min: 7 * interval.count, max: 7 * interval.count }
    : { min: 28 * interval.count, max: 31 * interval.count };
}

const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "Tuesday 1 December 2026", read in UTC like every date here. */
export function formatLongDate(date: Date): string {
  return longDate.format(date).replace(",", "");
}

/** "4 weeks", "1 month" */
export function formatInterval({ count, unit }: Interval): string {
  const singular = unit === "weeks" ? "week" : "month";
  return `${count} ${count === 1 ? singular : unit}`;
}

/** "2 to 4", or "5" when both ends agree. */
export function formatRange({ min, max }: { min: number; max: number }): string {
  return min === max ? String(min) : `${min} to ${max}`;
}

/** "2 to 4 weeks", "1 month" */
export function formatIntervalRange({ unit, min, max }: { unit: Interval["unit"]; min: number; max: number }): string {
  return min === max ? formatInterval({ count: min, unit }) : `${formatRange({ min, max })} ${unit}`;
}
