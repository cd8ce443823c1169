// A planned course as calendar events: one all-day event per session, and the first
// top-up when the content gives a time for it.
import { toIsoDate } from "./dates";
import { buildCalendar, type CalendarEvent } from "./ics";
import type { Schedule } from "./plan-request";

export interface CalendarContext {
  siteName: string;
  /** Absolute address of this plan on the site, for the events' links. */
  planUrl: string;
  /** Host name for the UIDs, e.g. example.org. */
  host: string;
  stamp: Date;
}

export function scheduleEvents(schedule: Schedule, context: CalendarContext): CalendarEvent[] {
  const { plan, interval, sessions } = schedule;
  const key = `${plan.goal}-${toIsoDate(schedule.start)}-${interval.count}-${interval.unit}-${sessions.length}`;
  const note = `Planned with ${context.siteName}. If your skin is still red or sore from the last session, wait and ask your practitioner. Information, not medical advice.`;
  const events: CalendarEvent[] = sessions.map((date, index) => ({
    uid: `${key}-session-${index + 1}@${context.host}`,
    date,
    summary: `Microneedling session ${index + 1} of ${sessions.length} (${plan.label.toLowerCase()})`,
    description: note,
    url: context.planUrl,
  }));
  if (schedule.maintenance && plan.maintenance) {
    events.push({
      uid: `${key}-top-up@${context.host}`,
      date: schedule.maintenance,
      summary: `Microneedling: first top-up, if you want one (${plan.label.toLowerCase()})`,
      description: `Timing from ${plan.maintenance.basis}. ${note}`,
      url: context.planUrl,
    });
  }
  return events;
}

export function scheduleCalendar(schedule: Schedule, context: CalendarContext): string {
  return buildCalendar({
    prodId: `-//${context.siteName}//Session planner//EN`,
    name: `Microneedling sessions: ${schedule.plan.label}`,
    stamp: context.stamp,
    events: scheduleEvents(schedule, context),
  });
}
