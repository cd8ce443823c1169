// An iCalendar file (RFC 5545) of all-day events. Written by hand because the format is
// small: CRLF line ends, content lines folded at 75 octets, text escaped, and each event
// with a UID and a DTSTAMP.
import { addDays, toIsoDate } from "./dates";

export interface CalendarEvent {
  /** Globally unique and stable, so importing the file again updates instead of duplicating. */
  uid: string;
  date: Date;
  summary: string;
  description?: string;
  url?: string;
}

export interface Calendar {
  prodId: string;
  name: string;
  /** When the file was made (DTSTAMP of every event). */
  stamp: Date;
  events: readonly CalendarEvent[];
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; line breaks as \n. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/**
 * Folds a content line (RFC 5545 3.1): no line longer than 75 octets, each continuation
 * starting with one space. Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const dateValue = (date: Date) => toIsoDate(date).replaceAll("-", "");
/** 20261121T093000Z */
const dateTimeValue = (moment: Date) =>
  moment
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export function buildCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const event of calendar.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${dateTimeValue(calendar.stamp)}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      // An all-day event ends (exclusively) on the next day.
      `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
